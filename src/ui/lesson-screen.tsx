import { Suspense, useEffect } from 'react';
import type { MDXProps } from 'mdx/types';
import { lessonLoaders } from 'virtual:lesson-loaders';
import { mdxComponents } from '../content/mdx-components';
import { lessonPosition } from '../course/navigation';
import { useProgressActor } from '../app/course-context';
import { FocusHeadingWhenLoaded } from './focus-heading-when-loaded';
import { hrefFor } from './hash-route';
import { LoadErrorBoundary } from './load-error-boundary';
import { importAgain } from './import-again';
import { lazySlot, useRetryableLazy } from './retryable-lazy';
import { LoadProblem } from './load-problem';
import { LessonBanner } from '../pictures/lesson-banner';
import { NotFoundScreen } from './not-found-screen';
import { PageHeading } from './page-heading';
import { ProgressBar } from './progress-bar';
import { useCatalog, useCompletion } from './use-course';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/lesson';
import './lesson.css';

/** One lazy component per lesson, made once: each lesson's chunk loads the first time it is opened. */
const lessonContents = new Map(
  Object.entries(lessonLoaders).map(([id, load]) => [id, lazySlot((attempt: number) => importAgain(load, attempt))]),
);

/** Stands in for an unknown lesson id, so the hooks below run the same way on every render. */
const noLesson = lazySlot<MDXProps>(() => Promise.reject(new Error('no such lesson')));

/** The lesson's content, downloaded again (without a page reload) when the learner retries after a failure. */
function useLessonContent(lessonId: string) {
  const slot = lessonContents.get(lessonId) ?? noLesson;
  const { Component, attempt, retry } = useRetryableLazy(slot);
  return { Content: slot === noLesson ? null : Component, attempt, retry };
}

export function LessonScreen({ lessonId }: { readonly lessonId: string }) {
  const catalog = useCatalog();
  const completion = useCompletion();
  const progress = useProgressActor();
  const position = lessonPosition(catalog, lessonId);
  const { Content, attempt, retry } = useLessonContent(lessonId);

  useEffect(() => {
    progress.send({ type: 'lesson.visited', lessonId });
  }, [progress, lessonId]);

  if (!position || !Content) return <NotFoundScreen what="lesson" />;
  const { lesson, moduleTitle, index, count, previous, next } = position;

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <header className="lesson__header">
        <LessonBanner lessonId={lessonId} />
        <p className="lesson__context">
          <span>{moduleTitle}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('lesson.position', { index, count })}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('lesson.minutes', { minutes: lesson.minutes })}</span>
        </p>
        <PageHeading>
          <span id="lesson-title">{lesson.title}</span>
        </PageHeading>
        <ProgressBar percent={completion} label={t('shell.course-progress')} />
      </header>
      <div className="lesson__body prose">
        <LoadErrorBoundary key={`${lessonId}.${attempt}`} fallback={<LoadProblem what="lesson" onRetry={retry} />}>
          <Suspense
            fallback={
              <p className="loading" role="status">
                {t('loading.lesson')}
              </p>
            }
          >
            <Content components={mdxComponents} />
            <FocusHeadingWhenLoaded />
          </Suspense>
        </LoadErrorBoundary>
      </div>
      <nav className="lesson__nav" aria-label={t('lesson.nav-label')}>
        {previous ? (
          <a
            className="button button--secondary lesson__prev"
            href={hrefFor({ name: 'lesson', lessonId: previous.id })}
          >
            <span aria-hidden="true">← </span>
            <Message
              id="lesson.previous"
              values={{ title: previous.title }}
              components={[<span className="visually-hidden" />]}
            />
          </a>
        ) : (
          <a className="button button--secondary lesson__prev" href={hrefFor({ name: 'outline' })}>
            <span aria-hidden="true">← </span>
            {t('lesson.outline')}
          </a>
        )}
        {next ? (
          <a className="button button--primary lesson__next" href={hrefFor({ name: 'lesson', lessonId: next.id })}>
            <Message
              id="lesson.next"
              values={{ title: next.title }}
              components={[<span className="visually-hidden" />]}
            />
            <span aria-hidden="true"> →</span>
          </a>
        ) : (
          <a className="button button--primary lesson__next" href={hrefFor({ name: 'results' })}>
            {t('lesson.see-results')}
            <span aria-hidden="true"> →</span>
          </a>
        )}
      </nav>
    </article>
  );
}
