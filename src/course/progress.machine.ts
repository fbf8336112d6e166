import { assertEvent, assign, sendParent, setup } from 'xstate';
import type { CourseCatalog } from './catalog';
import { isCorrectAnswer } from './check-answer';
import { isCourseComplete } from './completion';
import type { ProgressFacts, ScenarioAttempt, ScenarioRecord } from './progress-facts';
import { emptyFacts } from './progress-facts';
import { nextOrderSeed } from './next-order-seed';
import { betterBand, hasPassed } from './scoring';

/**
 * Why saved progress could not be restored; shown to the learner, who decides whether to start
 * fresh over it. 'newer-version': saved by a later release of the course (after a package
 * rollback, say), which this one cannot read. 'unreadable': the LMS failed to hand it over at all.
 */
export type RestoreProblem = 'corrupt' | 'newer-version' | 'other-course' | 'unreadable';

/** A first answer to a knowledge check, as the LMS should see it. Later tries are practice and not reported. */
export interface CheckReport {
  readonly checkId: string;
  readonly answer: readonly string[];
  readonly correct: boolean;
  readonly latencyMs: number;
  /** The question as the learner read it, so LMS reports can show it. */
  readonly prompt: string;
}

export interface ProgressInput {
  readonly catalog: CourseCatalog;
  readonly facts: ProgressFacts | null;
  readonly restoreProblem: RestoreProblem | null;
  /** The order seed for an attempt that has none yet (see display-order.ts). */
  readonly freshOrderSeed: string;
}

export interface ProgressContext {
  readonly catalog: CourseCatalog;
  readonly facts: ProgressFacts;
  readonly restoreProblem: RestoreProblem | null;
}

export type ProgressEvent =
  | { type: 'lesson.visited'; lessonId: string }
  | { type: 'check.answered'; checkId: string; answer: readonly string[]; latencyMs: number; prompt: string }
  | { type: 'reflection.changed'; reflectionId: string; text: string }
  | { type: 'scenario.finished'; scenarioId: string; attempt: ScenarioAttempt }
  | { type: 'progress.reset' }
  | { type: 'notice.dismissed' }
  /** An LMS appeared late: progress becomes what it held merged with this visit, or a problem to decide on. */
  | { type: 'progress.merged'; facts: ProgressFacts; problem: RestoreProblem | null };

function recordAttempt(previous: ScenarioRecord | undefined, attempt: Pick<ScenarioAttempt, 'band'>): ScenarioRecord {
  if (!previous) return { played: 1, best: attempt.band };
  return { played: previous.played + 1, best: betterBand(previous.best, attempt.band) };
}

/** What the progress actor tells its parent, the course machine. */
export type ProgressReportEvent =
  { type: 'progress.saved'; facts: ProgressFacts } | { type: 'check.reported'; check: CheckReport };

/**
 * Owns the learner's course progress. Pure: every new fact and every first answer to a check goes
 * to the parent (the course machine), which hands them to the LMS session.
 */
export const progressMachine = setup({
  types: {
    input: {} as ProgressInput,
    context: {} as ProgressContext,
    events: {} as ProgressEvent,
  },
  actions: {
    persistFacts: sendParent((_, { facts }: { facts: ProgressFacts }): ProgressReportEvent => ({
      type: 'progress.saved',
      facts,
    })),
    reportCheck: sendParent((_, { check }: { check: CheckReport }): ProgressReportEvent => ({
      type: 'check.reported',
      check,
    })),
    markVisited: assign({
      facts: ({ context, event }) => {
        assertEvent(event, 'lesson.visited');
        const visited = context.facts.visited.includes(event.lessonId)
          ? context.facts.visited
          : [...context.facts.visited, event.lessonId];
        return { ...context.facts, visited, location: event.lessonId };
      },
    }),
    recordCheck: assign({
      facts: ({ context, event }) => {
        assertEvent(event, 'check.answered');
        const check = context.catalog.checks.find((c) => c.id === event.checkId);
        if (!check) return context.facts;
        const result = { answer: [...event.answer], correct: isCorrectAnswer(event.answer, check.options) };
        return { ...context.facts, checks: { ...context.facts.checks, [event.checkId]: result } };
      },
    }),
    recordReflection: assign({
      facts: ({ context, event }) => {
        assertEvent(event, 'reflection.changed');
        return {
          ...context.facts,
          reflections: { ...context.facts.reflections, [event.reflectionId]: event.text },
        };
      },
    }),
    recordScenario: assign({
      facts: ({ context, event }) => {
        assertEvent(event, 'scenario.finished');
        const record = recordAttempt(context.facts.scenarios[event.scenarioId], event.attempt);
        return { ...context.facts, scenarios: { ...context.facts.scenarios, [event.scenarioId]: record } };
      },
    }),
    // Starting over is a new attempt, so options and replies come in a new order.
    clearFacts: assign({
      facts: ({ context }) => ({ ...emptyFacts, orderSeed: nextOrderSeed(context.facts.orderSeed) }),
      restoreProblem: null,
    }),
    adoptMerged: assign(({ event }) => {
      assertEvent(event, 'progress.merged');
      return { facts: event.facts, restoreProblem: event.problem };
    }),
    clearRestoreProblem: assign({ restoreProblem: null }),
  },
  guards: {
    hasProgress: ({ context }) => context.facts.visited.length > 0 || Object.keys(context.facts.scenarios).length > 0,
    isComplete: ({ context }) => isCourseComplete(context.catalog, context.facts),
    hasPassed: ({ context }) => hasPassed(context.catalog, context.facts),
    hasRestoreProblem: ({ context }) => context.restoreProblem !== null,
    isFirstTry: ({ context, event }) => {
      assertEvent(event, 'check.answered');
      return !(event.checkId in context.facts.checks) && context.catalog.checks.some((c) => c.id === event.checkId);
    },
    isKnownLesson: ({ context, event }) => {
      assertEvent(event, 'lesson.visited');
      return context.catalog.lessons.some((l) => l.id === event.lessonId);
    },
  },
}).createMachine({
  id: 'progress',
  type: 'parallel',
  context: ({ input }) => ({
    catalog: input.catalog,
    facts: { orderSeed: input.freshOrderSeed, ...(input.facts ?? emptyFacts) },
    restoreProblem: input.restoreProblem,
  }),
  on: {
    'progress.merged': { actions: 'adoptMerged', target: ['.course.checking', '.notice.deciding'] },
  },
  states: {
    course: {
      initial: 'restoring',
      states: {
        restoring: {
          description: 'Picks the starting state from the restored facts.',
          always: [
            { guard: 'isComplete', target: 'complete' },
            { guard: 'hasProgress', target: 'inProgress' },
            { target: 'notStarted' },
          ],
        },
        notStarted: { tags: ['fresh'] },
        inProgress: { tags: ['returning'] },
        complete: {
          tags: ['returning', 'complete'],
          description: 'Every lesson, check and role-play done. Passing is judged again after each new fact.',
          initial: 'judging',
          states: {
            judging: { always: [{ guard: 'hasPassed', target: 'passed' }, { target: 'notPassed' }] },
            passed: { tags: ['passed'] },
            notPassed: {},
          },
        },
        checking: {
          description: 'After each new fact: save it, then settle on the matching state.',
          entry: { type: 'persistFacts', params: ({ context }) => ({ facts: context.facts }) },
          always: [{ guard: 'isComplete', target: 'complete' }, { target: 'inProgress' }],
        },
      },
      on: {
        'lesson.visited': { guard: 'isKnownLesson', actions: 'markVisited', target: '.checking' },
        'check.answered': {
          guard: 'isFirstTry',
          actions: [
            'recordCheck',
            {
              type: 'reportCheck',
              // recordCheck has already judged the answer; the report reads its verdict.
              params: ({ context, event }) => ({
                check: {
                  checkId: event.checkId,
                  answer: [...event.answer],
                  correct: context.facts.checks[event.checkId]?.correct ?? false,
                  latencyMs: event.latencyMs,
                  prompt: event.prompt,
                },
              }),
            },
          ],
          target: '.checking',
        },
        'reflection.changed': { actions: 'recordReflection', target: '.checking' },
        'scenario.finished': { actions: 'recordScenario', target: '.checking' },
        'progress.reset': {
          actions: ['clearFacts', { type: 'persistFacts', params: ({ context }) => ({ facts: context.facts }) }],
          target: '.notStarted',
        },
      },
    },
    notice: {
      initial: 'deciding',
      states: {
        deciding: {
          always: [{ guard: 'hasRestoreProblem', target: 'restoreFailed' }, { target: 'none' }],
        },
        restoreFailed: {
          on: { 'notice.dismissed': { target: 'none', actions: 'clearRestoreProblem' } },
        },
        none: {},
      },
    },
  },
});
