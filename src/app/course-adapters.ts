import type { CallbackActorLogic, EventObject } from 'xstate';
import { lmsSessionMachine } from '../tracking/lms-session.machine';
import type { TrackerActorInput } from '../tracking/tracker-actor';
import type { PageEvent, TrackerCommand, TrackerReply } from '../tracking/tracker-protocol';
import { courseMachine } from './course.machine';

/** The course's edges: everything that touches an LMS, storage or the page, as actors. */
export interface CourseAdapters {
  /** Opens the LMS session or browser storage and carries out the session's commands. */
  readonly tracker: CallbackActorLogic<TrackerCommand, TrackerActorInput, TrackerReply>;
  /** Reports when the page is hidden or left. */
  readonly pageWatcher: CallbackActorLogic<EventObject, void, PageEvent>;
  /** How long to wait before retrying a failed save; tests shorten it. */
  readonly retryDelayMs?: (failures: number) => number;
}

/**
 * The course machine with its adapters plugged in. src/main.tsx and the tests both start the
 * machine this returns; only the adapters differ.
 */
export function provideCourseAdapters({ tracker, pageWatcher, retryDelayMs }: CourseAdapters) {
  const session = lmsSessionMachine.provide({
    actors: { tracker, pageWatcher },
    ...(retryDelayMs ? { delays: { retryDelay: ({ context }) => retryDelayMs(context.failures) } } : {}),
  });
  return courseMachine.provide({ actors: { session } });
}
