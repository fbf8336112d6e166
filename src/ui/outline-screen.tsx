import { lessonStatus, moduleStatus } from '../course/completion';
import { ModulePicture } from '../pictures/module-picture';
import { hrefFor } from './hash-route';
import { PageHeading } from './page-heading';
import { ProgressBar } from './progress-bar';
import { ResultsLink } from './results-link';
import { StatusMark } from './status-mark';
import { useCatalog, useCompletion, useFacts } from './use-course';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/outline';
import './outline.css';

export function OutlineScreen() {
  const catalog = useCatalog();
  const facts = useFacts();
  const completion = useCompletion();
  const graded = catalog.modules.filter((m) => m.graded);
  return (
    <div className="outline">
      <PageHeading>{t('outline.title')}</PageHeading>
      <ProgressBar percent={completion} label={t('shell.course-progress')} />
      <ResultsLink className="button button--primary outline__results">{t('outline.see-results')}</ResultsLink>
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
                  {module.graded ? (
                    <Message
                      id="outline.module-heading"
                      values={{ number, title: module.title }}
                      components={[<span className="outline__module-number" />]}
                    />
                  ) : (
                    module.title
                  )}
                </h2>
                <p className="outline__module-meta">
                  <Message
                    id="outline.module-meta"
                    values={{ lessons: module.lessonIds.length, minutes }}
                    components={[<StatusMark status={moduleStatus(catalog, module.id, facts)} />]}
                  />
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
                      <span>{t('outline.lesson-minutes', { minutes: lesson.minutes })}</span>
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
