import { useState } from 'react';
import { resumeLessonId, orderedLessons, totalMinutes } from '../course/navigation';
import { useProgressActor, useProgressSelector } from '../app/course-context';
import { BAND_POINTS } from '../course/scoring';
import { hrefFor } from './hash-route';
import { LazyStartOverDialog } from './lazy-start-over-dialog';
import { PageHeading } from './page-heading';
import { ProgressBar } from './progress-bar';
import { useCatalog, useCompletion, useFacts } from './use-course';
import { formatPercent } from '../i18n/format';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';

function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('start.duration.minutes', { minutes });
  return rest === 0
    ? t('start.duration.hours', { hours })
    : t('start.duration.hours-minutes', { hours, minutes: rest });
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
  const passMark = formatPercent(config.passMark);

  return (
    <div className="start">
      <section className="start__hero" aria-labelledby="start-title">
        <p className="eyebrow">{t('start.presents', { organisation: config.organisation })}</p>
        <PageHeading>
          <span id="start-title">{config.title}</span>
        </PageHeading>
        {config.subtitle && <p className="start__subtitle">{config.subtitle}</p>}
        <p className="start__lead">{config.description}</p>
        <ul className="start__facts" aria-label={t('start.at-a-glance')}>
          <li>
            <Message
              id="start.fact.duration"
              values={{ duration: formatDuration(totalMinutes(catalog)) }}
              components={[<strong />]}
            />
          </li>
          <li>
            <Message
              id="start.fact.modules"
              values={{ modules: modules.length, rolePlays: catalog.scenarios.length }}
              components={[<strong />]}
            />
          </li>
          <li>
            <Message id="start.fact.pass-mark" values={{ passMark }} components={[<strong />]} />
          </li>
        </ul>
        {returning && <ProgressBar percent={completion} label={t('start.your-progress')} />}
        <div className="start__actions">
          {target && (
            <a className="button button--primary" href={hrefFor({ name: 'lesson', lessonId: target })}>
              {returning ? t('start.continue') : t('start.begin')}
            </a>
          )}
          <a className="button button--secondary" href={hrefFor({ name: 'outline' })}>
            {t('start.outline')}
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
              {t('start.start-over')}
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
        <h2 id="covers-title">{t('start.covers')}</h2>
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
        <h2 id="scoring-title">{t('start.scoring')}</h2>
        <ul className="scoring-list">
          <li>
            <Message
              id="start.scoring.role-plays"
              values={{
                weight: formatPercent(config.scoreWeights.scenarios),
                wow: BAND_POINTS.wow,
                mediocrity: BAND_POINTS.mediocrity,
                misery: BAND_POINTS.misery,
              }}
              components={[<strong />]}
            />
          </li>
          <li>
            <Message
              id="start.scoring.checks"
              values={{ weight: formatPercent(config.scoreWeights.knowledgeChecks) }}
              components={[<strong />]}
            />
          </li>
          <li>
            <Message id="start.scoring.reflections" components={[<strong />]} />
          </li>
          <li>
            <Message id="start.scoring.pass" values={{ passMark }} components={[<strong />]} />
          </li>
        </ul>
      </section>
    </div>
  );
}
