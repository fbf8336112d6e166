import type { ScenarioStep } from '../course/progress-facts';
import { BAND_POINTS } from '../course/scoring';
import { BandBadge } from './band-badge';
import { bestReply, findReply, type Scenario } from './scenario';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/roleplay';

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
              <Message
                id="roleplay.you-said"
                values={{ reply: found.reply.text }}
                components={[<span className="scn-path__label" />, <q />, <BandBadge band={step.band} />]}
              />
            </p>
            {better ? (
              <p className="scn-path__better">
                <Message
                  id="roleplay.better-reply"
                  values={{ reply: better.text }}
                  components={[<span className="scn-path__label" />, <q />, <BandBadge band={better.band} />]}
                />
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
