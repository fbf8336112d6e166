import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createActor } from 'xstate';
import { catalog } from 'virtual:course-catalog';
import 'virtual:brand.css';
import { provideCourseAdapters } from './app/course-adapters';
import { CourseContext } from './app/course-context';
import { freshOrderSeed } from './course/fresh-order-seed';
import { openLocalStorageStore } from './persistence/local-storage-store';
import { createBrowserTracker } from './tracking/browser-tracker';
import { connectTracker } from './tracking/connect-tracker';
import { pageWatcher } from './tracking/page-watcher';
import { trackerActor } from './tracking/tracker-actor';
import { App } from './ui/app';
import { CourseGate } from './ui/course-gate';
import { loadLmsParts } from './ui/lms-parts';
import './ui/styles.css';

// The only place adapters are chosen: a cmi5 LMS when the launch URL names one, the LMS's own
// runtime when one is found (SCORM 2004 or 1.2), otherwise this browser's storage. A launch URL
// may ask for one SCORM version with ?scorm=1.2.
const preferred = new URLSearchParams(window.location.search).get('scorm') === '1.2' ? '1.2' : '2004';
const tracker = trackerActor({
  connect: (courseCatalog) =>
    connectTracker({
      win: window,
      catalog: courseCatalog,
      wait: { prefer: preferred },
      cmi5: { href: window.location.href },
      standalone: () => openLocalStorageStore(courseCatalog).then(createBrowserTracker),
      withLms: loadLmsParts,
    }),
});
const course = createActor(provideCourseAdapters({ tracker, pageWatcher }), {
  input: { catalog, orderSeed: freshOrderSeed() },
}).start();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <CourseContext.Provider value={course}>
        <CourseGate>
          <App />
        </CourseGate>
      </CourseContext.Provider>
    </StrictMode>,
  );
}
