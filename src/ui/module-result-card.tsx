import type { ModuleResult } from '../course/module-results';
import { BandBadge } from '../scenario/band-badge';
import { hrefFor } from './hash-route';
import { StatusMark } from './status-mark';

export function ModuleResultCard({ result, number }: { readonly result: ModuleResult; readonly number: number }) {
  const { module, status, checksCorrect, checksAnswered, checksTotal, scenarios } = result;
  return (
    <section className="result-card" aria-labelledby={`result-${module.id}`}>
      <h3 id={`result-${module.id}`}>
        Module {number}: {module.title}
      </h3>
      <p className="result-card__meta">
        <StatusMark status={status} /> · Knowledge checks: {checksCorrect} of {checksTotal} right first time
        {checksAnswered < checksTotal && ` (${checksTotal - checksAnswered} not answered yet)`}
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
                <>
                  Best: <BandBadge band={record.best} /> · {record.played}{' '}
                  {record.played === 1 ? 'attempt' : 'attempts'}
                </>
              ) : (
                'Not played yet'
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
