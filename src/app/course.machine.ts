import {
  assertEvent,
  assign,
  enqueueActions,
  forwardTo,
  sendParent,
  sendTo,
  setup,
  type AnyActorLogic,
  type DoneActorEvent,
} from 'xstate';
import type { CourseCatalog } from '../course/catalog';
import { progressMachine } from '../course/progress.machine';
import type { LoadedProgress } from '../persistence/progress-store';
import type { ReplyChosen, ScenarioMachine, ScenarioOutput } from '../scenario/scenario.machine';
import { lmsSessionMachine, type SessionLoadedEvent, type SessionMergedEvent } from '../tracking/lms-session.machine';
import type { ProgressReportEvent } from '../course/progress.machine';

export interface CourseInput {
  readonly catalog: CourseCatalog;
  /** The order seed for a learner who has none saved yet; chosen at the edge, since it is random. */
  readonly orderSeed: string;
}

export interface CourseContext {
  readonly catalog: CourseCatalog;
  readonly orderSeed: string;
  /** What the session restored; progress starts from it. */
  readonly loaded: LoadedProgress;
}

/**
 * What the UI asks of the course about role-plays. `run` counts the learner's plays in this view.
 * A start brings the run's machine, compiled from its scenario by the role-play's own chunk, so the
 * course's first load carries no scenario code.
 */
export type RoleplayRequest =
  | { type: 'roleplay.start'; scenarioId: string; run: number; logic: ScenarioMachine }
  | { type: 'roleplay.stop'; scenarioId: string; run: number };

/** What a role-play run tells the course, through the action the course provides when it spawns it. */
export interface RoleplayReplied {
  readonly type: 'roleplay.replied';
  readonly reply: ReplyChosen;
}

/** What the learner asks of the LMS session; the course passes it on unchanged. */
export type SessionControl = { type: 'session.exit' } | { type: 'session.retry' };

/** The learner's answer to saved progress the course could not read: write over it, or leave it be. */
export type SavedDataChoice = { type: 'saved.replace' } | { type: 'saved.keep' };

export type CourseEvent =
  | SessionLoadedEvent
  | SessionMergedEvent
  | ProgressReportEvent
  | RoleplayRequest
  | RoleplayReplied
  | SessionControl
  | SavedDataChoice
  | DoneActorEvent<ScenarioOutput, `roleplay.${string}`>;

/** The child id of one role-play run, so the UI can read the run it started. */
export const roleplayId = (scenarioId: string, run: number) => `roleplay.${scenarioId}.${run}`;

/**
 * The course: it owns the wiring between the LMS session, course progress and role-plays, so no
 * React component ever passes data from one actor to another.
 *
 * - `session` (the LMS session) is invoked for the course's whole life. It opens the tracker and
 *   reports what the learner saved with `session.loaded`.
 * - `progress` is invoked once that is known, starting from the restored facts. An LMS that
 *   appears later (`session.merged`) replaces them with what it held merged with this visit. Each new fact
 *   (`progress.saved`) and first check answer (`check.reported`) is forwarded to the session.
 * - Each role-play run is spawned on request. Its replies arrive through the `reportReply` action
 *   the course provides, and its ending through the run's done event, which becomes progress's
 *   `scenario.finished`. A finished run stays readable until it is stopped, so the UI can show
 *   the ending.
 */
export const courseMachine = setup({
  types: {
    input: {} as CourseInput,
    context: {} as CourseContext,
    events: {} as CourseEvent,
  },
  actors: {
    session: lmsSessionMachine,
    progress: progressMachine,
  },
  actions: {
    rememberLoaded: assign({
      loaded: ({ event }) => {
        assertEvent(event, 'session.loaded');
        return event.loaded;
      },
    }),
    forwardToSession: forwardTo('session'),
    adoptMergedProgress: sendTo('progress', ({ event }) => {
      assertEvent(event, 'session.merged');
      return { type: 'progress.merged' as const, facts: event.facts, problem: event.problem };
    }),
    closeRestoreNotice: sendTo('progress', { type: 'notice.dismissed' as const }),
    reportReply: sendTo('session', ({ event }) => {
      assertEvent(event, 'roleplay.replied');
      return { type: 'reply.reported' as const, reply: event.reply };
    }),
    startRoleplay: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'roleplay.start');
      const id = roleplayId(event.scenarioId, event.run);
      // A view remounting (React's strict mode does so on purpose) asks again: start afresh.
      enqueue.stopChild(id);
      const run = event.logic.provide({
        actions: {
          reportReply: sendParent((_, reply: ReplyChosen): RoleplayReplied => ({ type: 'roleplay.replied', reply })),
        },
      });
      // XState's types allow an id only for declared actors; each role-play is a machine built from
      // its own scenario, so it cannot be declared in advance. The id is what the UI reads it by.
      const spawnRun = enqueue.spawnChild as unknown as (logic: AnyActorLogic, options: { id: string }) => void;
      spawnRun(run, { id });
    }),
    stopRoleplay: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'roleplay.stop');
      enqueue.stopChild(roleplayId(event.scenarioId, event.run));
    }),
    recordEnding: sendTo('progress', ({ event }) => {
      assertEvent(event, 'xstate.done.actor.roleplay.*');
      const { scenarioId, endingId, band, path, seconds } = event.output;
      return { type: 'scenario.finished' as const, scenarioId, attempt: { endingId, band, path, seconds } };
    }),
  },
}).createMachine({
  id: 'course',
  context: ({ input }) => ({
    catalog: input.catalog,
    orderSeed: input.orderSeed,
    loaded: { facts: null, problem: null },
  }),
  invoke: { id: 'session', src: 'session', input: ({ context }) => ({ catalog: context.catalog }) },
  on: { 'session.exit': { actions: 'forwardToSession' }, 'session.retry': { actions: 'forwardToSession' } },
  initial: 'loading',
  states: {
    loading: {
      description: 'Waits for the session to say what the learner saved, so the course never starts fresh and jumps.',
      on: { 'session.loaded': { target: 'running', actions: 'rememberLoaded' } },
    },
    running: {
      tags: ['running'],
      invoke: {
        id: 'progress',
        src: 'progress',
        input: ({ context }) => ({
          catalog: context.catalog,
          facts: context.loaded.facts,
          restoreProblem: context.loaded.problem,
          freshOrderSeed: context.orderSeed,
        }),
      },
      on: {
        'session.merged': { actions: 'adoptMergedProgress' },
        'progress.saved': { actions: 'forwardToSession' },
        'check.reported': { actions: 'forwardToSession' },
        'saved.replace': { actions: ['forwardToSession', 'closeRestoreNotice'] },
        'saved.keep': { actions: 'closeRestoreNotice' },
        'roleplay.start': { actions: 'startRoleplay' },
        'roleplay.stop': { actions: 'stopRoleplay' },
        'roleplay.replied': { actions: 'reportReply' },
        'xstate.done.actor.roleplay.*': { actions: 'recordEnding' },
      },
    },
  },
});
