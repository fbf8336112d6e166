import type { ScenarioEntry } from '../course/catalog';
import type { StillToDo } from '../course/still-to-do';
import { BandBadge } from '../scenario/band-badge';
import { hrefFor } from './hash-route';
import { formatPercent } from '../i18n/format';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/results';

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
      <h3 id="still-to-do-title">{t('results.todo.title')}</h3>
      {!complete && (
        <p>
          {belowPassMark
            ? t('results.todo.unfinished-below', { passMark: formatPercent(passMark) })
            : t('results.todo.unfinished')}
        </p>
      )}
      {complete && belowPassMark && (
        <p>{t('results.todo.below', { score: formatPercent(score ?? 0), passMark: formatPercent(passMark) })}</p>
      )}
      {todo.lessons.length > 0 && (
        <>
          <h4>{t('results.todo.lessons')}</h4>
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
          <h4>{t('results.todo.role-plays')}</h4>
          <p>{t('results.todo.best-counts')}</p>
          {todo.modules.map(({ module, rolePlays }) => (
            <div key={module.id} className="still-to-do__module">
              <p className="still-to-do__module-title" id={`short-${module.id}`}>
                {t('results.todo.module', { number: moduleNumber(module.id), title: module.title })}
              </p>
              <ul className="still-to-do__list" aria-labelledby={`short-${module.id}`}>
                {rolePlays.map(({ scenario, best }) => (
                  <li key={scenario.id}>
                    <a href={rolePlayHref(scenario)}>{scenario.title}</a>
                    <span className="still-to-do__best">
                      {best ? (
                        <Message id="results.todo.best" components={[<BandBadge band={best} />]} />
                      ) : (
                        t('results.todo.not-finished')
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
          <Message
            id="results.todo.out-of-reach"
            values={{ best: formatPercent(todo.bestReachable) }}
            components={[<a href={hrefFor({ name: 'start' })} />]}
          />
        </p>
      )}
    </section>
  );
}
