import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createActor } from 'xstate';
import { catalog } from 'virtual:course-catalog';
import 'virtual:brand.css';
import { ProgressContext } from './course/progress-context';
import { progressMachine } from './course/progress.machine';
import { createLocalStorageStore } from './persistence/local-storage-store';
import { createBrowserTracker } from './tracking/browser-tracker';
import { connectTracker } from './tracking/connect-tracker';
import { lmsSessionMachine } from './tracking/lms-session.machine';
import { trackingActions } from './tracking/progress-tracking';
import { LmsSessionContext } from './tracking/session-context';
import { App } from './ui/app';
import { TrackingGate } from './ui/tracking-gate';
import './ui/styles.css';

// The only place adapters are chosen: the LMS's own runtime when one is found (SCORM 2004 or
// 1.2), otherwise this browser's storage. A launch URL may ask for one version with ?scorm=1.2.
const preferred = new URLSearchParams(window.location.search).get('scorm') === '1.2' ? '1.2' : '2004';
const session = createActor(lmsSessionMachine, {
  input: {
    catalog,
    connect: () =>
      connectTracker({
        win: window,
        catalog,
        wait: { prefer: preferred },
        standalone: () => createBrowserTracker(createLocalStorageStore(catalog)),
      }),
  },
}).start();

const progress = progressMachine.provide({ actions: trackingActions(session) });

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <LmsSessionContext.Provider value={session}>
        <TrackingGate>
          {(loaded) => (
            <ProgressContext.Provider
              logic={progress}
              options={{ input: { catalog, facts: loaded.facts, restoreProblem: loaded.problem } }}
            >
              <App />
            </ProgressContext.Provider>
          )}
        </TrackingGate>
      </LmsSessionContext.Provider>
    </StrictMode>,
  );
}
