import { useState, useSyncExternalStore } from 'react';
import type { Cmi5PreviewLms } from './cmi5-preview-lms';
import { CallLogCard } from './components/call-log-card';
import { Cmi5CourseFrame } from './components/cmi5-course-frame';
import { Cmi5StatementsCard, Cmi5ViolationsCard } from './components/cmi5-statements-card';
import { CourseFrame } from './components/course-frame';
import { InteractionsCard } from './components/interactions-card';
import { LmsControls } from './components/lms-controls';
import { ObjectivesCard } from './components/objectives-card';
import { SessionCard } from './components/session-card';
import { SuspendDataCard } from './components/suspend-data-card';
import { TopBar } from './components/top-bar';
import type { PreviewLms } from './preview-lms';

export interface StandardChoice {
  readonly cmi5: boolean;
  /** Remembers the choice, so a reload of the page comes back in the same mode. */
  save(cmi5: boolean): void;
}

export function PreviewApp({
  lms,
  cmi5,
  standard,
}: {
  lms: PreviewLms;
  cmi5?: Cmi5PreviewLms;
  standard?: StandardChoice;
}) {
  const state = useSyncExternalStore(lms.subscribe, lms.getState);
  const [cmi5Active, setCmi5Active] = useState(cmi5 !== undefined && (standard?.cmi5 ?? false));
  const cmi5State = useSyncExternalStore(cmi5?.subscribe ?? noSubscription, cmi5?.getState ?? noState);
  const shown = state.session ?? state.lastSession;
  const choose = (active: boolean) => {
    if (active === cmi5Active) return;
    // Leaving SCORM closes its session first, so its frame and API are gone before cmi5 launches.
    if (active) lms.exit();
    standard?.save(active);
    setCmi5Active(active);
  };
  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        Skip to what the LMS received
      </a>
      <TopBar course={state.course} language={state.settings.language} />
      <LmsControls
        state={state}
        lms={lms}
        cmi5={cmi5 && cmi5State ? { active: cmi5Active, state: cmi5State, lms: cmi5, choose } : undefined}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {cmi5Active ? cmi5State?.message : state.message}
      </p>
      {cmi5Active && cmi5 && cmi5State ? (
        <main className="layout">
          <Cmi5CourseFrame
            cmi5={cmi5}
            state={cmi5State}
            title={state.course.title}
            language={state.settings.language}
          />
          <aside id="panel" className="panel" aria-label="What the LMS received" tabIndex={-1}>
            <Cmi5ViolationsCard rows={cmi5State.violations} />
            <Cmi5StatementsCard rows={cmi5State.statements} />
          </aside>
        </main>
      ) : (
        <main className="layout">
          <CourseFrame lms={lms} state={state} />
          <aside id="panel" className="panel" aria-label="What the LMS received" tabIndex={-1}>
            <SessionCard state={state} session={shown} />
            <SuspendDataCard version={state.settings.version} suspendData={shown?.view.suspendData ?? ''} />
            <InteractionsCard
              rows={shown?.view.interactions ?? []}
              unsupported={state.settings.presets.noInteractions}
            />
            <ObjectivesCard rows={shown?.view.objectives ?? []} />
            <CallLogCard calls={shown?.calls ?? []} courseId={state.course.id} />
          </aside>
        </main>
      )}
    </div>
  );
}

const noSubscription = () => () => undefined;
const noState = () => null;
