import { useId, type Ref } from 'react';
import type { ScenarioStep } from '../course/progress-facts';
import { BAND_POINTS } from '../course/scoring';
import { BandBadge } from './band-badge';
import { PathReview } from './path-review';
import { debriefFor, type Ending, type Scenario } from './scenario';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/roleplay';

interface EndingPanelProps {
  readonly scenario: Scenario;
  readonly ending: Ending;
  readonly path: readonly ScenarioStep[];
  readonly onRetry: () => void;
  readonly focusRef: Ref<HTMLElement>;
}

/** How the moment ended: its band, what happened and why, the path taken and what could have been said. */
export function EndingPanel({ scenario, ending, path, onRetry, focusRef }: EndingPanelProps) {
  const headingId = useId();
  const debriefId = useId();
  return (
    <section
      className={`scn-ending scn-ending--${ending.band}`}
      ref={focusRef}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-describedby={debriefId}
    >
      <h3 id={headingId} className="scn-ending__heading">
        <BandBadge band={ending.band} moment />
        <span className="visually-hidden">:</span> <span className="scn-ending__title">{ending.title}</span>
      </h3>
      {ending.customer ? (
        <figure className="scn-ending__quote">
          <blockquote>
            {ending.customer.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </blockquote>
          <figcaption>{scenario.customer.name}</figcaption>
        </figure>
      ) : null}
      <div id={debriefId} className="scn-ending__debrief">
        {debriefFor(
          ending,
          path.map((step) => step.replyId),
        ).map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <p className="scn-ending__score">
        {t('roleplay.ending-score', { points: BAND_POINTS[ending.band], wow: BAND_POINTS.wow })}
      </p>
      <h4 className="scn-ending__subheading">{t('roleplay.your-path')}</h4>
      <PathReview scenario={scenario} path={path} />
      <button type="button" className="scn-button scn-button--primary" onClick={onRetry}>
        {t('roleplay.retry')}
      </button>
    </section>
  );
}
