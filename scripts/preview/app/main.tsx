import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Cmi5PreviewLms } from './cmi5-preview-lms';
import { fetchCourseInfo } from './course-info';
import { LearnerStore } from './learner-store';
import { PreviewApp } from './preview-app';
import { PreviewLms } from './preview-lms';
import './preview.css';

const root = createRoot(document.getElementById('root')!);

fetchCourseInfo()
  .then((course) => {
    document.title = `Preview LMS · ${course.title} ${course.version}`;
    const lms = new PreviewLms(course, new LearnerStore(course.id));
    const cmi5 = new Cmi5PreviewLms(`mot-preview:${course.id}:cmi5-registration`);
    const standardKey = `mot-preview:${course.id}:standard`;
    const standard = {
      cmi5: window.localStorage.getItem(standardKey) === 'cmi5',
      save: (on: boolean) => window.localStorage.setItem(standardKey, on ? 'cmi5' : 'scorm'),
    };
    // The hooks for automated checks (tests, npm run bench) to read what the LMS and the LRS received.
    Object.assign(window, { previewLms: lms, previewCmi5: cmi5 });
    root.render(
      <StrictMode>
        <PreviewApp lms={lms} cmi5={cmi5} standard={standard} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    root.render(
      <main className="fatal">
        <h1>The preview LMS could not start</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        <p>Run npm start again and open the address it prints.</p>
      </main>,
    );
  });
