import type { ModuleResult } from '../course/module-results';
import { BandBadge } from '../scenario/band-badge';
import { hrefFor } from './hash-route';
import { StatusMark } from './status-mark';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/results';

export function ModuleResultCard({ result, number }: { readonly result: ModuleResult; readonly number: number }) {
  const { module, status, checksCorrect, checksAnswered, checksTotal, scenarios } = result;
  return (
    <section className="result-card" aria-labelledby={`result-${module.id}`}>
      <h3 id={`result-${module.id}`}>{t('results.module-heading', { number, title: module.title })}</h3>
      <p className="result-card__meta">
        <Message
          id="results.module-checks"
          values={{ correct: checksCorrect, total: checksTotal, unanswered: checksTotal - checksAnswered }}
          components={[<StatusMark status={status} />]}
        />
      </p>
      <ul className="result-card__scenarios">
        {scenarios.map(({ scenario, record }) => (
          <li key={scenario.id}>
            <a
              href={hrefFor(
                scenario.lessonId
                  ? { name: 'lesson', lessonId: scenario.lessonId }
                  : { name: 'scenario', scenarioId: scenario.id },
              )}
            >
              {scenario.title}
            </a>
            <span className="result-card__band">
              {record ? (
                <Message
                  id="results.module-best"
                  values={{ played: record.played }}
                  components={[<BandBadge band={record.best} />]}
                />
              ) : (
                t('results.not-played')
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
