import { useProgressSelector } from '../app/course-context';
import { useLearnerName, useSessionPhase } from '../app/use-session';
import type { Route } from './hash-route';
import { useHashRoute } from './hash-route';
import { CourseHeader } from './course-header';
import { LessonScreen, OutlineScreen, ResultsScreen, ScenarioPreviewScreen } from './lazy-screens';
import { NotFoundScreen } from './not-found-screen';
import { LazyRestoreNotice } from './lazy-restore-notice';
import { StartScreen } from './start-screen';
import { lmsParts } from './lms-parts';
import { TrackingNotice } from './tracking-notice';
import { TrackingStorageNote } from './tracking-storage-note';
import { useCatalog } from './use-course';
import { useFocusOnRoute } from './use-focus-on-route';
import { t } from '../i18n/i18n';

function Screen({ route }: { readonly route: Route }) {
  const learnerName = useLearnerName();
  switch (route.name) {
    case 'start':
      return <StartScreen />;
    case 'outline':
      return <OutlineScreen />;
    case 'lesson':
      return <LessonScreen key={route.lessonId} lessonId={route.lessonId} />;
    case 'scenario':
      return <ScenarioPreviewScreen key={route.scenarioId} scenarioId={route.scenarioId} />;
    case 'results':
      return <ResultsScreen learnerName={learnerName} />;
    case 'not-found':
      return <NotFoundScreen what="page" />;
  }
}

/** The screen's own name in the browser tab, or null on the start screen, whose name is the course's. */
function pageName(route: Route, catalog: ReturnType<typeof useCatalog>): string | null {
  switch (route.name) {
    case 'lesson':
      return catalog.lessons.find((l) => l.id === route.lessonId)?.title ?? t('page-title.lesson');
    case 'scenario':
      return catalog.scenarios.find((s) => s.id === route.scenarioId)?.title ?? t('page-title.role-play');
    case 'outline':
      return t('page-title.outline');
    case 'results':
      return t('page-title.results');
    default:
      return null;
  }
}

function titleFor(route: Route, catalog: ReturnType<typeof useCatalog>): string {
  const course = catalog.config.title;
  const page = pageName(route, catalog);
  return page === null ? course : t('page-title.page', { page, course });
}

/** The course shell: skip link, header, notices and the screen for the current route. */
export function App() {
  const route = useHashRoute();
  const catalog = useCatalog();
  const closed = useSessionPhase() === 'closed';
  // Only an LMS session closes (after Exit), so its closed screen is loaded with the LMS adapter.
  const ClosedScreen = lmsParts()?.TrackingClosedScreen;
  const restoreFailed = useProgressSelector((s) => s.matches({ notice: 'restoreFailed' }));
  useFocusOnRoute(route, titleFor(route, catalog));
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('shell.skip-link')}
      </a>
      <CourseHeader />
      <main id="main" tabIndex={-1} className="main">
        <TrackingNotice />
        {restoreFailed && <LazyRestoreNotice />}
        {closed && ClosedScreen ? <ClosedScreen /> : <Screen route={route} />}
      </main>
      <footer className="site-footer">
        <p>
          {catalog.config.title} · {catalog.config.organisation}
        </p>
        <TrackingStorageNote />
      </footer>
    </>
  );
}
