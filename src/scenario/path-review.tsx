import type { ScenarioStep } from '../course/progress-facts';
import { BAND_POINTS } from '../course/scoring';
import { BandBadge } from './band-badge';
import { bestReply, findReply, type Scenario } from './scenario';

/** Each reply the learner chose, its band, and the better reply wherever that scene had one. */
export function PathReview({
  scenario,
  path,
}: {
  readonly scenario: Scenario;
  readonly path: readonly ScenarioStep[];
}) {
  return (
    <ol className="scn-path">
      {path.map((step) => {
        const found = findReply(scenario, step.replyId);
        if (!found) return null;
        const best = bestReply(found.scene);
        const better = best && BAND_POINTS[best.band] > BAND_POINTS[step.band] ? best : undefined;
        return (
          <li key={step.replyId} className="scn-path__step">
            <p className="scn-path__said">
              <span className="scn-path__label">You said</span> <q>{found.reply.text}</q> <BandBadge band={step.band} />
            </p>
            {better ? (
              <p className="scn-path__better">
                <span className="scn-path__label">A better reply</span> <q>{better.text}</q>{' '}
                <BandBadge band={better.band} />
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
