import { useProgressSelector } from '../app/course-context';
import { BandBadge } from './band-badge';

/** The learner's best ending so far in this role-play, from course progress. */
export function BestResult({ scenarioId }: { readonly scenarioId: string }) {
  const record = useProgressSelector((s) => s.context.facts.scenarios[scenarioId]);
  if (!record) return null;
  return (
    <p className="scn-best">
      Your best so far: <BandBadge band={record.best} moment />
      <span className="scn-best__played">
        {' '}
        · played {record.played} {record.played === 1 ? 'time' : 'times'}
      </span>
    </p>
  );
}
