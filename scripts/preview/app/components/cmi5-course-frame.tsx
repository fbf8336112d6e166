import { useEffect, useRef } from 'react';
import type { Cmi5PreviewLms, Cmi5State } from '../cmi5-preview-lms';
import { frameHostFor } from '../frame-host';

/** The course frame in cmi5 mode: the launcher's URL, with the LMS's own session actions. */
export function Cmi5CourseFrame({
  cmi5,
  state,
  title,
  language,
}: {
  cmi5: Cmi5PreviewLms;
  state: Cmi5State;
  title: string;
  language: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    cmi5.attach(frameHostFor(container.current, `Course: ${title}`), language);
    return () => cmi5.detach();
  }, [cmi5, title, language]);

  return (
    <section className="course-frame" aria-labelledby="cmi5-frame-title">
      <div className="course-frame__bar">
        <h2 id="cmi5-frame-title" className="course-frame__title">
          Learner view
          <span className="course-frame__learner"> · cmi5 · {state.launchMode}</span>
        </h2>
        <div className="session-actions" role="group" aria-label="Learner session">
          {state.running ? (
            <button type="button" className="button" onClick={() => cmi5.exit()}>
              Exit course
            </button>
          ) : (
            <button type="button" className="button button--primary" onClick={() => void cmi5.launch(language)}>
              Launch course
            </button>
          )}
          <button type="button" className="button" onClick={() => cmi5.relaunch(language)}>
            {state.running ? 'Exit and relaunch' : 'Relaunch'}
          </button>
          <button type="button" className="button" onClick={() => cmi5.newRegistration(language)}>
            New registration
          </button>
        </div>
      </div>
      <div className="course-frame__body">
        <div className="course-frame__slot" ref={container} />
        {!state.running && (
          <div className="course-frame__closed">
            <h3>The course is closed</h3>
            <p>
              {state.registration
                ? `The next launch continues registration ${state.registration}.`
                : 'The next launch starts a new registration.'}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
