import { useSyncExternalStore } from 'react';
import { CallLogCard } from './components/call-log-card';
import { CourseFrame } from './components/course-frame';
import { InteractionsCard } from './components/interactions-card';
import { LmsControls } from './components/lms-controls';
import { ObjectivesCard } from './components/objectives-card';
import { SessionCard } from './components/session-card';
import { SuspendDataCard } from './components/suspend-data-card';
import { TopBar } from './components/top-bar';
import type { PreviewLms } from './preview-lms';

export function PreviewApp({ lms }: { lms: PreviewLms }) {
  const state = useSyncExternalStore(lms.subscribe, lms.getState);
  const shown = state.session ?? state.lastSession;
  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        Skip to what the LMS received
      </a>
      <TopBar course={state.course} language={state.settings.language} />
      <LmsControls state={state} lms={lms} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {state.message}
      </p>
      <main className="layout">
        <CourseFrame lms={lms} state={state} />
        <aside id="panel" className="panel" aria-label="What the LMS received" tabIndex={-1}>
          <SessionCard state={state} session={shown} />
          <SuspendDataCard version={state.settings.version} suspendData={shown?.view.suspendData ?? ''} />
          <InteractionsCard rows={shown?.view.interactions ?? []} unsupported={state.settings.presets.noInteractions} />
          <ObjectivesCard rows={shown?.view.objectives ?? []} />
          <CallLogCard calls={shown?.calls ?? []} courseId={state.course.id} />
        </aside>
      </main>
    </div>
  );
}
