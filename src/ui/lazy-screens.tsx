import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { LoadErrorBoundary } from './load-error-boundary';
import { LoadProblem } from './load-problem';

/**
 * The screens the start screen does not need, each in a chunk of its own that loads the first
 * time the learner opens it. The start screen, and the first-load budget, carry none of them.
 */
const Lesson = lazy(() => import('./lesson-screen').then((m) => ({ default: m.LessonScreen })));
const Outline = lazy(() => import('./outline-screen').then((m) => ({ default: m.OutlineScreen })));
const Results = lazy(() => import('./results-screen').then((m) => ({ default: m.ResultsScreen })));
const ScenarioPreview = lazy(() =>
  import('./scenario-preview-screen').then((m) => ({ default: m.ScenarioPreviewScreen })),
);

/** Whether the learner has moved within the course since the page loaded. */
let navigated = false;
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => (navigated = true), { once: true });

/**
 * useFocusOnRoute moves focus to the new screen's heading, but a screen still loading has none
 * yet, and the link that was followed is gone: focus has fallen to the page. Once the screen is
 * there, its heading takes focus as it would have without the wait. On first load nothing
 * moves, as on every screen; nor when the learner has already put focus somewhere themselves.
 */
function FocusHeadingWhenLoaded() {
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (navigated && lost) document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, []);
  return null;
}

/** Wraps a lazy screen in a loading status and, should its chunk fail to arrive, a way to retry. */
function onDemand<Props extends object>(Screen: ComponentType<Props>, loading: string, what: string) {
  function OnDemandScreen(props: Props) {
    return (
      <LoadErrorBoundary fallback={<LoadProblem what={what} />}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              {loading}
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

export const LessonScreen = onDemand(Lesson, 'Loading the lesson…', 'lesson');
export const OutlineScreen = onDemand(Outline, 'Loading the outline…', 'outline');
export const ResultsScreen = onDemand(Results, 'Loading your results…', 'page');
export const ScenarioPreviewScreen = onDemand(ScenarioPreview, 'Loading the role-play…', 'role-play');
