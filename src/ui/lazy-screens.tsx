import { Suspense } from 'react';
import { FocusHeadingWhenLoaded } from './focus-heading-when-loaded';
import { LoadErrorBoundary } from './load-error-boundary';
import { LoadProblem, type LoadProblemWhat } from './load-problem';
import { t } from '../i18n/i18n';
import type { MessageId } from '../i18n/messages';
import { importAgain } from './import-again';
import { lazySlot, useRetryableLazy, type RetryableLoader } from './retryable-lazy';

/**
 * The screens the start screen does not need, each in a chunk of its own that loads the first
 * time the learner opens it. The start screen, and the first-load budget, carry none of them.
 */
const loadLesson = (attempt: number) =>
  importAgain(() => import('./lesson-screen'), attempt).then((m) => ({ default: m.LessonScreen }));
const loadOutline = (attempt: number) =>
  importAgain(() => import('./outline-screen'), attempt).then((m) => ({ default: m.OutlineScreen }));
const loadResults = (attempt: number) =>
  importAgain(() => import('./results-screen'), attempt).then((m) => ({ default: m.ResultsScreen }));
const loadScenarioPreview = (attempt: number) =>
  importAgain(() => import('./scenario-preview-screen'), attempt).then((m) => ({ default: m.ScenarioPreviewScreen }));

/**
 * The bundled typeface's @font-face rules (virtual:typeface) travel with the screens after the
 * start screen, so the start screen's first load fetches no font file and stays within its budget.
 * Should they fail to arrive, text stays in the fallback fonts and the screen still opens.
 */
const loadTypeface = () => import('virtual:typeface').catch(() => undefined);

/** Wraps a lazy screen in a loading status and, should its chunk fail to arrive, a way to retry. */
function onDemand<Props extends object>(
  load: RetryableLoader<Props>,
  loading: MessageId & `loading.${string}`,
  what: LoadProblemWhat,
) {
  // Made once, so a screen opened a second time renders at once from the loaded chunk.
  const slot = lazySlot((attempt: number) => {
    void loadTypeface();
    return load(attempt);
  });
  function OnDemandScreen(props: Props) {
    const { Component: Screen, attempt, retry } = useRetryableLazy(slot);
    return (
      <LoadErrorBoundary key={attempt} fallback={<LoadProblem what={what} onRetry={retry} />}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t(loading)}
            </p>
          }
        >
          <Screen {...props} />
          <FocusHeadingWhenLoaded />
        </Suspense>
      </LoadErrorBoundary>
    );
  }
  return OnDemandScreen;
}

export const LessonScreen = onDemand(loadLesson, 'loading.lesson', 'lesson');
export const OutlineScreen = onDemand(loadOutline, 'loading.outline', 'outline');
export const ResultsScreen = onDemand(loadResults, 'loading.results', 'page');
export const ScenarioPreviewScreen = onDemand(loadScenarioPreview, 'loading.role-play', 'role_play');
