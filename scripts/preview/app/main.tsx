import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
    // The hook for automated checks (tests, npm run bench) to read what the LMS received.
    (window as unknown as { previewLms: PreviewLms }).previewLms = lms;
    root.render(
      <StrictMode>
        <PreviewApp lms={lms} />
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
