import { useProgressSelector } from '../app/course-context';
import { BandBadge } from './band-badge';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/roleplay';

/** The learner's best ending so far in this role-play, from course progress. */
export function BestResult({ scenarioId }: { readonly scenarioId: string }) {
  const record = useProgressSelector((s) => s.context.facts.scenarios[scenarioId]);
  if (!record) return null;
  return (
    <p className="scn-best">
      <Message
        id="roleplay.best"
        values={{ played: record.played }}
        components={[<BandBadge band={record.best} moment />, <span className="scn-best__played" />]}
      />
    </p>
  );
}
