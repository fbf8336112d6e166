import { useEffect, useRef } from 'react';
import { frameHostFor } from '../frame-host';
import type { PreviewLms, PreviewState } from '../preview-lms';
import { SessionActions } from './session-actions';

/** React owns only the container; the LMS opens and removes the iframe itself, in step with the API. */
export function CourseFrame({ lms, state }: { lms: PreviewLms; state: PreviewState }) {
  const container = useRef<HTMLDivElement>(null);
  const title = state.course.title;
  useEffect(() => {
    if (!container.current) return;
    lms.attachFrame(frameHostFor(container.current, `Course: ${title}`));
  }, [lms, title]);

  return (
    <section className="course-frame" aria-labelledby="course-frame-title">
      <div className="course-frame__bar">
        <h2 id="course-frame-title" className="course-frame__title">
          Learner view
          <span className="course-frame__learner"> · Learner, Preview · attempt {state.record.attempt}</span>
        </h2>
        <SessionActions state={state} lms={lms} />
      </div>
      <div className="course-frame__body">
        <div className="course-frame__slot" ref={container} />
        {!state.session && (
          <div className="course-frame__closed">
            <h3>The course is closed</h3>
            <p>{state.nextLaunch}</p>
            <button type="button" className="button button--primary" onClick={() => lms.launch()}>
              Launch course
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
