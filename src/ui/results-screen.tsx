import { isCourseComplete } from '../course/completion';
import { BAND_POINTS } from '../course/scoring';
import { BandLabel } from './band-label';
import { hrefFor } from './hash-route';
import { PageHeading } from './page-heading';
import { ProgressBar } from './progress-bar';
import { useCatalog, useCompletion, useCourseScore, useFacts } from './use-course';

/** Where the learner stands: score against the pass mark and every role-play's best result. */
export function ResultsScreen() {
  const catalog = useCatalog();
  const facts = useFacts();
  const completion = useCompletion();
  const score = useCourseScore();
  const complete = isCourseComplete(catalog, facts);
  const passMark = catalog.config.passMark;
  return (
    <div className="results">
      <PageHeading>Your results</PageHeading>
      <ProgressBar percent={completion} label="Course progress" />
      <p className="results__score">
        {score === null
          ? 'You have no score yet: answer a knowledge check or finish a role-play to start one.'
          : `Your score is ${Math.round(score)}% against a pass mark of ${passMark}%.`}{' '}
        {!complete && 'Finish every lesson, check and role-play to complete the course.'}
      </p>
      <h2>Role-plays</h2>
      <ul className="results__scenarios">
        {catalog.scenarios.map((s) => {
          const record = facts.scenarios[s.id];
          return (
            <li key={s.id}>
              <a href={hrefFor(s.lessonId ? { name: 'lesson', lessonId: s.lessonId } : { name: 'scenario', scenarioId: s.id })}>
                {s.title}
              </a>{' '}
              {record ? (
                <>
                  <BandLabel band={record.best} /> best of {record.played} ({BAND_POINTS[record.best]} points)
                </>
              ) : (
                'not played yet'
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
