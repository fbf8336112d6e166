import { assertEvent, assign, enqueueActions, fromCallback, sendParent, sendTo, setup, type EventObject } from 'xstate';
import type { CourseCatalog } from '../course/catalog';
import type { CheckReport } from '../course/progress.machine';
import type { ProgressFacts } from '../course/progress-facts';
import { emptyFacts } from '../course/progress-facts';
import { mergeFacts } from '../persistence/merge-facts';
import type { LoadedProgress } from '../persistence/progress-store';
import type { ReplyChosen } from '../scenario/scenario.machine';
import { buildProgressReport, type ProgressReport } from './progress-report';
import { keepHighest, NOTHING_RECORDED, recordedAfter, type RecordedResult } from './recorded-result';
import type { ExitMode, LaunchMode, SaveScope, TrackerKind } from './tracker';
import type { TrackerActorInput } from './tracker-actor';
import type { PageEvent, TrackerCommand, TrackerReply } from './tracker-protocol';

export interface SessionInput {
  readonly catalog: CourseCatalog;
}

export interface SessionContext {
  readonly catalog: CourseCatalog;
  /** Which adapter the tracker opened; null while searching or when none could be opened. */
  readonly kind: TrackerKind | null;
  readonly loaded: LoadedProgress;
  readonly learnerName: string | null;
  readonly lmsRefused: boolean;
  /** With lmsRefused: this launch had already ended at the LMS, so progress waits for the next one. */
  readonly launchEnded: boolean;
  /** Running on browser storage inside a frame or popup, where an LMS may yet appear: the tracker keeps looking. */
  readonly lookingForLms: boolean;
  /** The LMS appeared after the course had started, and what the learner did meanwhile was sent to it. */
  readonly connectedLate: boolean;
  readonly mode: LaunchMode;
  readonly credit: boolean;
  /** What the LMS held at launch: nothing reported is ever lower. */
  readonly recorded: RecordedResult;
  /**
   * Saved data the course could not read stays as it is until the learner chooses to start fresh
   * over it: until then nothing is written.
   */
  readonly holdingSavedData: boolean;
  /** The latest facts the course asked to keep: what a retry, an exit or a page hide writes. */
  readonly facts: ProgressFacts;
  /** Milestone of the last successful commit; null forces the next save to commit. */
  readonly committedMilestone: string | null;
  readonly failures: number;
  /** How the session ended; null until it has, or when it ended without writing an exit. */
  readonly exit: ExitMode | null;
  /** False when the LMS did not confirm the last save or the end of the session. */
  readonly closedCleanly: boolean;
}

/** What the course tells the session; the session decides what to write and when to commit. */
export type SessionRequest =
  | { type: 'progress.saved'; facts: ProgressFacts }
  | { type: 'reply.reported'; reply: ReplyChosen }
  | { type: 'check.reported'; check: CheckReport }
  | { type: 'session.exit' }
  | { type: 'session.retry' }
  /** The learner chose to start fresh over saved data the course could not read. */
  | { type: 'saved.replace' };

export type SessionEvent = SessionRequest | TrackerReply | PageEvent;

/** What the session tells its parent once it knows what the learner saved. */
export interface SessionLoadedEvent {
  readonly type: 'session.loaded';
  readonly loaded: LoadedProgress;
}

/**
 * What the session tells its parent when an LMS appeared late: the learner's progress is now what
 * the LMS held together with what they did meanwhile. `problem` is set when the LMS held saved data
 * the course could not read, which is left alone until the learner decides.
 */
export interface SessionMergedEvent {
  readonly type: 'session.merged';
  readonly facts: ProgressFacts;
  readonly problem: LoadedProgress['problem'];
}

type SessionPolicy = Pick<SessionContext, 'catalog' | 'facts' | 'mode' | 'credit' | 'recorded' | 'holdingSavedData'>;

/** What this launch may write: review and browse nothing, no-credit no results, a held record nothing. */
function scopeOf({ mode, credit, holdingSavedData }: SessionPolicy): SaveScope {
  const writable = mode === 'normal' && !holdingSavedData;
  return { progress: writable, results: writable && credit };
}

/** The report as sent: never below what the LMS already held. */
const reportFor = ({ catalog, facts, recorded }: SessionPolicy): ProgressReport =>
  keepHighest(recorded, buildProgressReport(catalog, facts));

/**
 * Suspend keeps the attempt open while the learner can still gain something; normal closes it.
 * Null writes no exit at all: a review changes nothing, and a held record keeps the suspend set at launch.
 */
function exitFor(context: SessionPolicy): ExitMode | null {
  if (!scopeOf(context).progress) return null;
  return reportFor(context).finished ? 'normal' : 'suspend';
}

/** Failed saves retried on a timer before the learner is told; the delay doubles with each failure, up to a bound. */
export const AUTO_RETRIES = 2;
export const RETRY_BASE_MS = 2000;
export const RETRY_MAX_MS = 60_000;

/**
 * Owns the LMS session: searching → connected → terminated, or offline when there is no LMS.
 * Pure: the tracker (the LMS or browser storage) and the page watcher are actors provided at the
 * edge, and everything here is plain data. Initialize happens once while searching, Terminate
 * once on the way to terminated, and terminated answers nothing. Commits happen at milestones
 * and when the page is hidden.
 */
export const lmsSessionMachine = setup({
  types: {
    input: {} as SessionInput,
    context: {} as SessionContext,
    events: {} as SessionEvent,
  },
  actors: {
    // Placeholders that name the ports; src/main.tsx and the tests provide the real ones.
    tracker: fromCallback<TrackerCommand, TrackerActorInput, TrackerReply>(({ sendBack }) =>
      sendBack({ type: 'tracker.unavailable' }),
    ),
    pageWatcher: fromCallback<EventObject, void, PageEvent>(() => {}),
  },
  delays: {
    retryDelay: ({ context }) => Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, context.failures - 1)),
  },
  guards: {
    canRetryAutomatically: ({ context }) => context.failures < AUTO_RETRIES,
    isLmsConnection: ({ event }) => {
      assertEvent(event, 'tracker.connected');
      return event.kind !== 'browser';
    },
  },
  actions: {
    rememberConnection: assign(({ event }) => {
      assertEvent(event, 'tracker.connected');
      return {
        kind: event.kind,
        loaded: event.loaded,
        facts: event.loaded.facts ?? emptyFacts,
        learnerName: event.learnerName,
        lmsRefused: event.lmsRefused,
        launchEnded: event.launchEnded,
        lookingForLms: event.lookingForLms,
        mode: event.mode,
        credit: event.credit,
        recorded: event.recorded,
        holdingSavedData: event.loaded.problem !== null,
      };
    }),
    adoptLateLms: assign(({ context, event }) => {
      assertEvent(event, 'tracker.lateConnected');
      const problem = event.loaded.problem;
      // What the LMS held, and what the learner did in this browser before it answered: nothing of either is lost.
      const facts = problem ? context.facts : mergeFacts(event.loaded.facts ?? emptyFacts, context.facts, emptyFacts);
      return {
        kind: event.kind,
        loaded: event.loaded,
        facts,
        learnerName: event.learnerName,
        lookingForLms: false,
        connectedLate: true,
        mode: event.mode,
        credit: event.credit,
        recorded: event.recorded,
        holdingSavedData: problem !== null,
      };
    }),
    announceMerged: sendParent(({ context }): SessionMergedEvent => ({
      type: 'session.merged',
      facts: context.facts,
      problem: context.loaded.problem,
    })),
    noteLateRefusal: assign({ lookingForLms: false, lmsRefused: true }),
    releaseSavedData: assign({ holdingSavedData: false }),
    announceLoaded: sendParent(({ context }): SessionLoadedEvent => ({
      type: 'session.loaded',
      loaded: context.loaded,
    })),
    rememberFacts: assign({
      facts: ({ event }) => {
        assertEvent(event, 'progress.saved');
        return event.facts;
      },
    }),
    saveProgress: enqueueActions(({ context, enqueue }, { force }: { force: boolean }) => {
      const scope = scopeOf(context);
      // A review, or a record held for the learner's decision: nothing may be written.
      if (!scope.progress && !scope.results) return;
      const report = reportFor(context);
      const command: TrackerCommand = {
        type: 'tracker.save',
        facts: context.facts,
        report,
        scope,
        commit: force || report.milestone !== context.committedMilestone,
      };
      enqueue.sendTo('tracker', command);
      // What is written becomes the floor: a start over later in this visit lowers nothing either.
      if (scope.results) enqueue.assign({ recorded: recordedAfter(report) });
    }),
    noteSaved: assign({
      failures: 0,
      committedMilestone: ({ context, event }) => {
        assertEvent(event, 'save.succeeded');
        return event.milestone ?? context.committedMilestone;
      },
    }),
    noteFailure: assign({ failures: ({ context }) => context.failures + 1, committedMilestone: null }),
    // The journal is part of the record: a review or a held record adds nothing to it.
    // A role-play is journaled on its first run, like a check's first answer: replays show in its
    // objective (the best ending), so the journal stays within what Moodle can send in one beacon.
    recordReply: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'reply.reported');
      const replay = event.reply.scenarioId in context.facts.scenarios;
      if (scopeOf(context).progress && !replay)
        enqueue.sendTo('tracker', { type: 'tracker.recordReply', reply: event.reply });
    }),
    recordCheck: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'check.reported');
      if (scopeOf(context).progress) enqueue.sendTo('tracker', { type: 'tracker.recordCheck', check: event.check });
    }),
    chooseExit: assign({ exit: ({ context }) => exitFor(context) }),
    finishSession: sendTo('tracker', ({ context }): TrackerCommand => ({
      type: 'tracker.finish',
      facts: context.facts,
      report: reportFor(context),
      scope: scopeOf(context),
      exit: exitFor(context),
    })),
    noteClosed: assign({
      // A save that failed and was never made good is as much a loss as a refused ending. A final
      // save that went through makes every earlier failure good, since it writes the whole state.
      closedCleanly: ({ context, event }) => {
        assertEvent(event, 'session.closed');
        return event.ok && (context.exit !== null || context.failures === 0);
      },
    }),
  },
}).createMachine({
  id: 'lmsSession',
  initial: 'searching',
  context: ({ input }) => ({
    catalog: input.catalog,
    kind: null,
    loaded: { facts: null, problem: null },
    learnerName: null,
    lmsRefused: false,
    launchEnded: false,
    lookingForLms: false,
    connectedLate: false,
    mode: 'normal',
    credit: true,
    recorded: NOTHING_RECORDED,
    holdingSavedData: false,
    facts: emptyFacts,
    committedMilestone: null,
    failures: 0,
    exit: null,
    closedCleanly: true,
  }),
  // The tracker lives as long as the session, so it can answer the final save after Terminate is asked for.
  invoke: { id: 'tracker', src: 'tracker', input: ({ context }) => ({ catalog: context.catalog }) },
  states: {
    searching: {
      description: 'The tracker looks for the LMS runtime, opens the session and reads what the learner saved.',
      on: {
        'tracker.connected': [
          { guard: 'isLmsConnection', target: 'connected', actions: ['rememberConnection', 'announceLoaded'] },
          { target: 'offline', actions: ['rememberConnection', 'announceLoaded'] },
        ],
        'tracker.unavailable': { target: 'offline', actions: 'announceLoaded' },
      },
    },
    connected: {
      description: 'Session open. The first save marks the attempt as started and replaces unreadable saved data.',
      invoke: { src: 'pageWatcher' },
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
        'saved.replace': { actions: ['releaseSavedData', { type: 'saveProgress', params: { force: true } }] },
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
      description:
        'No LMS: the standalone adapter keeps progress in this browser. In a frame or popup the tracker keeps looking, and an LMS that appears takes over with everything merged.',
      on: {
        'tracker.lateConnected': { target: 'connected', actions: ['adoptLateLms', 'announceMerged'] },
        'tracker.lateRefused': { actions: 'noteLateRefusal' },
        'progress.saved': { actions: ['rememberFacts', { type: 'saveProgress', params: { force: false } }] },
        'saved.replace': { actions: ['releaseSavedData', { type: 'saveProgress', params: { force: true } }] },
      },
    },
    terminated: {
      description: 'Terminate has been asked for. Deliberately not final, so late events are ignored quietly.',
      on: { 'session.closed': { actions: 'noteClosed' } },
    },
  },
});
