import { useEffect, useState, type ReactNode } from 'react';
import { useCourseSelector } from '../app/course-context';
import { t } from '../i18n/i18n';

/** Below this, a message would only flash; a top-level page without an LMS settles at once. */
const QUIET_MS = 400;

/**
 * Holds the course back until the LMS session knows what the learner saved, so the course never
 * starts fresh and then jumps. The course machine starts progress at that moment.
 */
export function CourseGate({ children }: { readonly children: ReactNode }) {
  const running = useCourseSelector((s) => s.hasTag('running'));
  const [patient, setPatient] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPatient(true), QUIET_MS);
    return () => clearTimeout(timer);
  }, []);
  if (running) return children;
  return (
    <main className="main" aria-busy="true">
      <p className="loading" role="status">
        {patient ? t('shell.connecting') : ''}
      </p>
    </main>
  );
}
