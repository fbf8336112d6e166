import { lessonStatus, moduleStatus } from '../course/completion';
import { ModulePicture } from '../pictures/module-picture';
import { hrefFor } from './hash-route';
import { PageHeading } from './page-heading';
import { ProgressBar } from './progress-bar';
import { ResultsLink } from './results-link';
import { StatusMark } from './status-mark';
import { useCatalog, useCompletion, useFacts } from './use-course';
import './outline.css';

export function OutlineScreen() {
  const catalog = useCatalog();
  const facts = useFacts();
  const completion = useCompletion();
  const graded = catalog.modules.filter((m) => m.graded);
  return (
    <div className="outline">
      <PageHeading>Course outline</PageHeading>
      <ProgressBar percent={completion} label="Course progress" />
      <ResultsLink className="button button--primary outline__results">See your results</ResultsLink>
      {catalog.modules.map((module) => {
        const number = graded.indexOf(module) + 1;
        const minutes = module.lessonIds.reduce(
          (sum, id) => sum + (catalog.lessons.find((l) => l.id === id)?.minutes ?? 0),
          0,
        );
        return (
          <section key={module.id} className="outline__module" aria-labelledby={`module-${module.id}`}>
            <div className="outline__module-head">
              <ModulePicture moduleId={module.id} />
              <div className="outline__module-titles">
                <h2 id={`module-${module.id}`}>
                  {module.graded && <span className="outline__module-number">Module {number}: </span>}
                  {module.title}
                </h2>
                <p className="outline__module-meta">
                  {module.lessonIds.length} {module.lessonIds.length === 1 ? 'lesson' : 'lessons'} · {minutes} min ·{' '}
                  <StatusMark status={moduleStatus(catalog, module.id, facts)} />
                </p>
              </div>
            </div>
            {module.summary && <p className="outline__summary">{module.summary}</p>}
            <ol className="outline__lessons">
              {module.lessonIds.map((id) => {
                const lesson = catalog.lessons.find((l) => l.id === id);
                if (!lesson) return null;
                return (
                  <li key={id} className="outline__lesson">
                    <a href={hrefFor({ name: 'lesson', lessonId: id })} className="outline__lesson-link">
                      {lesson.title}
                    </a>
                    <span className="outline__lesson-meta">
                      <span>{lesson.minutes} min</span>
                      <StatusMark status={lessonStatus(lesson, facts)} />
                    </span>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
