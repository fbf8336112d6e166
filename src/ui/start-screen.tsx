import { useState } from 'react';
import { resumeLessonId, orderedLessons, totalMinutes } from '../course/navigation';
import { useProgressActor, useProgressSelector } from '../app/course-context';
import { BAND_POINTS } from '../course/scoring';
import { hrefFor } from './hash-route';
import { LazyStartOverDialog } from './lazy-start-over-dialog';
import { PageHeading } from './page-heading';
import { ProgressBar } from './progress-bar';
import { useCatalog, useCompletion, useFacts } from './use-course';

function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `about ${minutes} minutes`;
  return rest === 0 ? `about ${hours} hour${hours > 1 ? 's' : ''}` : `about ${hours} h ${rest} min`;
}

export function StartScreen() {
  const catalog = useCatalog();
  const facts = useFacts();
  const completion = useCompletion();
  const returning = useProgressSelector((s) => s.hasTag('returning'));
  const progress = useProgressActor();
  const [confirming, setConfirming] = useState(false);
  // The dialog's code loads the first time it is asked for, then stays mounted so closing it
  // returns focus to the Start over button as a native dialog does.
  const [askedToStartOver, setAskedToStartOver] = useState(false);
  const { config } = catalog;
  const first = orderedLessons(catalog)[0];
  const resumeId = resumeLessonId(catalog, facts);
  const target = returning ? resumeId : first?.id;
  const modules = catalog.modules.filter((m) => m.graded);

  return (
    <div className="start">
      <section className="start__hero" aria-labelledby="start-title">
        <p className="eyebrow">{config.organisation} presents</p>
        <PageHeading>
          <span id="start-title">{config.title}</span>
        </PageHeading>
        {config.subtitle && <p className="start__subtitle">{config.subtitle}</p>}
        <p className="start__lead">{config.description}</p>
        <ul className="start__facts" aria-label="At a glance">
          <li>
            <strong>{formatDuration(totalMinutes(catalog))}</strong> in all, in as many sittings as you like
          </li>
          <li>
            <strong>{modules.length} modules</strong>, {catalog.scenarios.length} role-plays
          </li>
          <li>
            Pass mark <strong>{config.passMark}%</strong>
          </li>
        </ul>
        {returning && <ProgressBar percent={completion} label="Your progress" />}
        <div className="start__actions">
          {target && (
            <a className="button button--primary" href={hrefFor({ name: 'lesson', lessonId: target })}>
              {returning ? 'Continue where you left off' : 'Start course'}
            </a>
          )}
          <a className="button button--secondary" href={hrefFor({ name: 'outline' })}>
            See the outline
          </a>
          {returning && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setAskedToStartOver(true);
                setConfirming(true);
              }}
            >
              Start over
            </button>
          )}
        </div>
        {/* In the hero, so the message it leaves after starting over shows next to the Start course button. */}
        {askedToStartOver && (
          <LazyStartOverDialog
            open={confirming}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              progress.send({ type: 'progress.reset' });
            }}
          />
        )}
      </section>

      <section className="start__section" aria-labelledby="covers-title">
        <h2 id="covers-title">What the course covers</h2>
        <ol className="module-cards">
          {modules.map((m, i) => (
            <li key={m.id} className="module-card">
              <span className="module-card__number" aria-hidden="true">
                {i + 1}
              </span>
              <h3 className="module-card__title">{m.title}</h3>
              <p>{m.summary}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className="start__section" aria-labelledby="scoring-title">
        <h2 id="scoring-title">How scoring works</h2>
        <ul className="scoring-list">
          <li>
            <strong>Role-plays</strong> count for {config.scoreWeights.scenarios}% of your score. Each ends in a Moment
            of WOW ({BAND_POINTS.wow} points), Mediocrity ({BAND_POINTS.mediocrity}) or Misery ({BAND_POINTS.misery}).
            Replay as often as you like: your best result counts.
          </li>
          <li>
            <strong>Knowledge checks</strong> count for {config.scoreWeights.knowledgeChecks}%. Your first answer
            counts, so take a moment before you choose.
          </li>
          <li>
            <strong>Reflections</strong> are yours alone and never graded.
          </li>
          <li>
            You pass with <strong>{config.passMark}%</strong> or more once you have finished every lesson and role-play.
          </li>
        </ul>
      </section>
    </div>
  );
}
