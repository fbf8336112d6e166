import { assign, fromCallback, fromPromise, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { CourseCatalog } from '../course/catalog';
import type { ProgressFacts } from '../course/progress-facts';
import { emptyFacts } from '../course/progress-facts';
import type { CheckReport, ReplyReport } from '../course/progress.machine';
import type { LoadedProgress } from '../persistence/progress-store';
import type { Connection } from './connect-tracker';
import { checkInteraction, replyInteraction } from './interaction-report';
import { buildProgressReport } from './progress-report';
import type { ExitMode, Tracker } from './tracker';

export interface SessionInput {
  readonly catalog: CourseCatalog;
  /** Finds the LMS and opens the session, or falls back to the standalone adapter. */
  readonly connect: () => Promise<Connection>;
  readonly now?: () => number;
}

export interface SessionContext {
  readonly catalog: CourseCatalog;
  readonly connect: () => Promise<Connection>;
  readonly now: () => number;
  readonly tracker: Tracker | null;
  readonly loaded: LoadedProgress;
  readonly learnerName: string | null;
  readonly lmsRefused: boolean;
  /** The latest facts from the progress machine: what a save, an exit or a retry writes. */
  readonly facts: ProgressFacts;
  /** Milestone of the last successful commit; null forces the next save to commit. */
  readonly committedMilestone: string | null;
  readonly failures: number;
  readonly exit: ExitMode | null;
  /** False when the LMS did not confirm the last save or the end of the session. */
  readonly closedCleanly: boolean;
}

export type SessionEvent =
  | { type: 'progress.saved'; facts: ProgressFacts }
  | { type: 'reply.reported'; reply: ReplyReport }
  | { type: 'check.reported'; check: CheckReport }
  | { type: 'page.hidden' }
  | { type: 'page.leaving' }
  | { type: 'session.exit' }
  | { type: 'session.retry' }
  | { type: 'session.closed'; ok: boolean }
  | { type: 'save.succeeded'; milestone: string | null }
  | { type: 'save.failed' };

/** Failed saves retried on a timer before the learner is told; the delay grows with each failure. */
export const AUTO_RETRIES = 2;
export const RETRY_BASE_MS = 2000;

/**
 * Owns the LMS session: searching → connected → terminated, or offline when there is no LMS.
 * Initialize happens once while searching, Terminate once on the way to terminated, and
 * terminated answers nothing. Commits happen at milestones and when the page is hidden.
 */
export const lmsSessionMachine = setup({
  types: {
    input: {} as SessionInput,
    context: {} as SessionContext,
    events: {} as SessionEvent,
  },
  actors: {
    connect: fromPromise<Connection, { connect: () => Promise<Connection> }>(({ input }) => input.connect()),
    // visibilitychange→hidden is the last moment browsers reliably give; pagehide only backs it up.
    watchPage: fromCallback<SessionEvent>(({ sendBack }) => {
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') sendBack({ type: 'page.hidden' });
      };
      const onPageHide = () => sendBack({ type: 'page.leaving' });
      document.addEventListener('visibilitychange', onVisibility);
      window.addEventListener('pagehide', onPageHide);
      return () => {
        document.removeEventListener('visibilitychange', onVisibility);
        window.removeEventListener('pagehide', onPageHide);
      };
    }),
  },
  delays: {
    retryDelay: ({ context }) => RETRY_BASE_MS * context.failures,
  },
  guards: {
    canRetryAutomatically: ({ context }) => context.failures < AUTO_RETRIES,
  },
  actions: {
    rememberFacts: assign({
      facts: ({ context, event }) => (event.type === 'progress.saved' ? event.facts : context.facts),
    }),
    saveProgress: ({ context, self }, { force }: { force: boolean }) => {
      const { tracker, catalog, facts } = context;
      if (!tracker) return;
      const report = buildProgressReport(catalog, facts);
      const saved = tracker.save(facts, report);
      const commit = force || report.milestone !== context.committedMilestone;
      const committed = commit ? tracker.commit() : true;
      self.send(
        saved && committed
          ? { type: 'save.succeeded', milestone: commit ? report.milestone : null }
          : { type: 'save.failed' },
      );
    },
    noteSaved: assign({
      failures: 0,
      committedMilestone: ({ context, event }) =>
        event.type === 'save.succeeded' && event.milestone !== null ? event.milestone : context.committedMilestone,
    }),
    noteFailure: assign({ failures: ({ context }) => context.failures + 1, committedMilestone: null }),
    recordReply: ({ context, event }) => {
      if (event.type === 'reply.reported')
        context.tracker?.record(replyInteraction(context.catalog, event.reply, context.now()));
    },
    recordCheck: ({ context, event }) => {
      if (event.type === 'check.reported')
        context.tracker?.record(checkInteraction(context.catalog, event.check, context.now()));
    },
    // Suspend keeps the attempt open while the learner can still gain something; normal closes it.
    chooseExit: assign({
      exit: ({ context }) => (buildProgressReport(context.catalog, context.facts).finished ? 'normal' : 'suspend'),
    }),
    finishSession: ({ context, self }) => {
      const { tracker, catalog, facts, exit } = context;
      if (!tracker || !exit) return;
      const saved = tracker.save(facts, buildProgressReport(catalog, facts));
      const finished = tracker.finish(exit);
      self.send({ type: 'session.closed', ok: saved && finished });
    },
  },
}).createMachine({
  id: 'lmsSession',
  initial: 'searching',
  context: ({ input }) => ({
    catalog: input.catalog,
    connect: input.connect,
    now: input.now ?? Date.now,
    tracker: null,
    loaded: { facts: null, problem: null },
    learnerName: null,
    lmsRefused: false,
    facts: emptyFacts,
    committedMilestone: null,
    failures: 0,
    exit: null,
    closedCleanly: true,
  }),
  states: {
    searching: {
      description: 'Looks for the LMS runtime, opens the session and reads what the learner saved.',
      invoke: {
        src: 'connect',
        input: ({ context }) => ({ connect: context.connect }),
        onDone: [
          {
            guard: ({ event }) => event.output.tracker.kind !== 'browser',
            target: 'connected',
            actions: assign(({ event }) => ({
              tracker: event.output.tracker,
              loaded: event.output.start.loaded,
              facts: event.output.start.loaded.facts ?? emptyFacts,
              learnerName: event.output.start.learnerName,
            })),
          },
          {
            target: 'offline',
            actions: assign(({ event }) => ({
              tracker: event.output.tracker,
              loaded: event.output.start.loaded,
              facts: event.output.start.loaded.facts ?? emptyFacts,
              lmsRefused: event.output.lmsRefused,
            })),
          },
        ],
        onError: { target: 'offline' },
      },
    },
    connected: {
      description: 'Session open. The first save marks the attempt as started and replaces unreadable saved data.',
      invoke: { src: 'watchPage' },
      entry: { type: 'saveProgress', params: { force: false } },
      initial: 'healthy',
      states: {
        healthy: {},
        retrying: {
          after: { retryDelay: { actions: { type: 'saveProgress', params: { force: true } } } },
        },
        atRisk: {
          description: 'Saving failed even after retries: the learner is asked to keep the window open and retry.',
          on: { 'session.retry': { actions: { type: 'saveProgress', params: { force: true } } } },
        },
      },
      on: {
        'progress.saved': { actions: ['rememberFacts', { type: 'saveProgress', params: { force: false } }] },
        'reply.reported': { actions: 'recordReply' },
        'check.reported': { actions: 'recordCheck' },
        'page.hidden': { actions: { type: 'saveProgress', params: { force: true } } },
        'save.succeeded': { target: '.healthy', actions: 'noteSaved' },
        'save.failed': [
          { guard: 'canRetryAutomatically', target: '.retrying', actions: 'noteFailure' },
          { target: '.atRisk', actions: 'noteFailure' },
        ],
        'session.exit': { target: 'terminated', actions: ['chooseExit', 'finishSession'] },
        'page.leaving': { target: 'terminated', actions: ['chooseExit', 'finishSession'] },
      },
    },
    offline: {
      description: 'No LMS: the standalone adapter keeps progress in this browser.',
      on: {
        'progress.saved': { actions: ['rememberFacts', { type: 'saveProgress', params: { force: false } }] },
      },
    },
    terminated: {
      description: 'Terminate has been called. Deliberately not final, so late events are ignored quietly.',
      on: {
        'session.closed': { actions: assign({ closedCleanly: ({ event }) => event.ok }) },
      },
    },
  },
});

export type LmsSession = ActorRefFrom<typeof lmsSessionMachine>;
export type LmsSessionSnapshot = SnapshotFrom<typeof lmsSessionMachine>;
