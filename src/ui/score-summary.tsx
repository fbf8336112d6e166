import { formatPercent } from '../i18n/format';
import { t } from '../i18n/i18n';
import type { MessageId } from '../i18n/messages';
import 'virtual:ui-messages/results';

interface ScoreSummaryProps {
  readonly score: number | null;
  readonly passMark: number;
  readonly complete: boolean;
  readonly passed: boolean;
}

function verdict({ score, complete, passed }: ScoreSummaryProps): MessageId {
  if (score === null) return 'results.verdict.no-score';
  if (!complete) return passed ? 'results.verdict.above' : 'results.verdict.unfinished';
  return passed ? 'results.verdict.passed' : 'results.verdict.below';
}

/** The course score against the pass mark, in words as well as numbers. The score comes already rounded, as the LMS receives it. */
export function ScoreSummary(props: ScoreSummaryProps) {
  const { score, passMark } = props;
  return (
    <section className={`score-summary ${props.passed ? 'is-passed' : ''}`} aria-labelledby="score-title">
      <h2 id="score-title" className="visually-hidden">
        {t('results.score')}
      </h2>
      <p className="score-summary__figure">
        <span className="score-summary__value">{score === null ? '–' : formatPercent(score)}</span>
        <span className="score-summary__label">{t('results.score-label', { passMark: formatPercent(passMark) })}</span>
      </p>
      <p className="score-summary__verdict">{t(verdict(props))}</p>
    </section>
  );
}
