import { useActorSelector } from './use-actor-selector';
import { createContext, useContext } from 'react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { progressMachine } from '../course/progress.machine';
import type { lmsSessionMachine } from '../tracking/lms-session.machine';
import type { courseMachine } from './course.machine';

export type CourseActor = ActorRefFrom<typeof courseMachine>;
export type CourseSnapshot = SnapshotFrom<typeof courseMachine>;
export type ProgressActor = ActorRefFrom<typeof progressMachine>;
export type ProgressSnapshot = SnapshotFrom<typeof progressMachine>;
export type SessionActor = ActorRefFrom<typeof lmsSessionMachine>;
export type SessionSnapshot = SnapshotFrom<typeof lmsSessionMachine>;

/**
 * The running course. It is started outside React (src/main.tsx, or a test), because React's
 * strict mode would otherwise start it twice, and the LMS session must be opened only once.
 */
export const CourseContext = createContext<CourseActor | null>(null);

export function useCourseActor(): CourseActor {
  const course = useContext(CourseContext);
  if (!course) throw new Error('Render the course under <CourseContext.Provider value={course}>.');
  return course;
}

export function useCourseSelector<T>(selector: (snapshot: CourseSnapshot) => T): T {
  return useActorSelector(useCourseActor(), selector);
}

/** Course progress. It exists once the session has said what was saved; CourseGate waits for that. */
export function useProgressActor(): ProgressActor {
  const progress = useCourseSelector((s) => s.children.progress);
  if (!progress) throw new Error('Progress is not running yet: render screens under <CourseGate>.');
  return progress;
}

export function useProgressSelector<T>(selector: (snapshot: ProgressSnapshot) => T): T {
  return useActorSelector(useProgressActor(), selector);
}

export function useSessionSelector<T>(selector: (snapshot: SessionSnapshot) => T): T {
  const session = useCourseSelector((s) => s.children.session);
  if (!session) throw new Error('The course has no LMS session.');
  return useActorSelector(session, selector);
}
