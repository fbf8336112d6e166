import type { ScenarioEntry } from '../course/catalog';
import type { StillToDo } from '../course/still-to-do';
import { BandBadge } from '../scenario/band-badge';
import { hrefFor } from './hash-route';

interface StillToDoPanelProps {
  readonly todo: StillToDo;
  readonly complete: boolean;
  /** Whether the reporting mode asks for the pass mark, and the learner is below it. */
  readonly belowPassMark: boolean;
  readonly score: number | null;
  readonly passMark: number;
  /** Numbers of the graded modules, as the outline and module cards show them. */
  readonly moduleNumber: (moduleId: string) => number;
}

function rolePlayHref(scenario: ScenarioEntry): string {
  return hrefFor(
    scenario.lessonId ? { name: 'lesson', lessonId: scenario.lessonId } : { name: 'scenario', scenarioId: scenario.id },
  );
}

/** In place of the certificate: what the learner still needs to do to earn it, with a way to each item. */
export function StillToDoPanel({ todo, complete, belowPassMark, score, passMark, moduleNumber }: StillToDoPanelProps) {
  const showRolePlays = belowPassMark && todo.modules.length > 0;
  return (
    <section className="still-to-do" aria-labelledby="still-to-do-title">
      <h3 id="still-to-do-title">What you still need to do</h3>
      {!complete && (
        <p>
          Your certificate appears here once you have finished every lesson, knowledge check and role-play
          {belowPassMark ? `, with a score of at least ${passMark}%` : ''}.
        </p>
      )}
      {complete && belowPassMark && (
        <p>
          Your score is {score ?? 0}% and the pass mark is {passMark}%. Your certificate appears here once you reach the
          pass mark.
        </p>
      )}
      {todo.lessons.length > 0 && (
        <>
          <h4>Lessons to finish</h4>
          <ul className="still-to-do__list">
            {todo.lessons.map((lesson) => (
              <li key={lesson.id}>
                <a href={hrefFor({ name: 'lesson', lessonId: lesson.id })}>{lesson.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {showRolePlays && (
        <>
          <h4>Role-plays to replay</h4>
          <p>Only your best ending counts, so replaying a role-play can only raise your score.</p>
          {todo.modules.map(({ module, rolePlays }) => (
            <div key={module.id} className="still-to-do__module">
              <p className="still-to-do__module-title" id={`short-${module.id}`}>
                Module {moduleNumber(module.id)}: {module.title}
              </p>
              <ul className="still-to-do__list" aria-labelledby={`short-${module.id}`}>
                {rolePlays.map(({ scenario, best }) => (
                  <li key={scenario.id}>
                    <a href={rolePlayHref(scenario)}>{scenario.title}</a>
                    <span className="still-to-do__best">
                      {best ? (
                        <>
                          Best so far: <BandBadge band={best} />
                        </>
                      ) : (
                        'Not finished yet'
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {belowPassMark && todo.bestReachable !== null && todo.bestReachable < passMark && (
        <p className="still-to-do__note">
          Knowledge checks count your first answer only. Even with every role-play ended in WOW, your score would be{' '}
          {todo.bestReachable}%. To reach the pass mark, choose Start over on the{' '}
          <a href={hrefFor({ name: 'start' })}>start page</a>, or ask your training team.
        </p>
      )}
    </section>
  );
}
