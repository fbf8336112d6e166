import { assign, setup } from 'xstate';
import type { CourseCatalog } from './catalog';
import { isCorrectAnswer } from './check-answer';
import { isCourseComplete } from './completion';
import type { Band, ProgressFacts, ScenarioAttempt, ScenarioRecord } from './progress-facts';
import { emptyFacts } from './progress-facts';
import { betterBand } from './scoring';

/** Why saved progress could not be restored; shown to the learner, who then starts fresh. */
export type RestoreProblem = 'corrupt' | 'old-version' | 'other-course';

/** One learner choice in a scenario, as the LMS should see it. Not kept in facts. */
export interface ReplyReport {
  readonly scenarioId: string;
  readonly sceneId: string;
  readonly replyId: string;
  readonly band: Band;
  /** What the customer said, so LMS reports can show the prompt. */
  readonly prompt: string;
  readonly latencyMs: number;
  /**
   * Position of the reply in its scene, 0 for the first. SCORM 1.2 can only record a choice as a
   * single letter, so this is how a 1.2 LMS learns which reply was chosen.
   */
  readonly replyIndex: number;
}

/** A first answer to a knowledge check, as the LMS should see it. Later tries are practice and not reported. */
export interface CheckReport {
  readonly checkId: string;
  readonly answer: readonly string[];
  readonly correct: boolean;
  readonly latencyMs: number;
}

export interface ProgressInput {
  readonly catalog: CourseCatalog;
  readonly facts: ProgressFacts | null;
  readonly restoreProblem: RestoreProblem | null;
}

export interface ProgressContext {
  readonly catalog: CourseCatalog;
  readonly facts: ProgressFacts;
  readonly restoreProblem: RestoreProblem | null;
}

export type ProgressEvent =
  | { type: 'lesson.visited'; lessonId: string }
  | { type: 'check.answered'; checkId: string; answer: readonly string[]; latencyMs: number }
  | { type: 'reflection.changed'; reflectionId: string; text: string }
  | { type: 'scenario.replied'; reply: ReplyReport }
  | { type: 'scenario.finished'; scenarioId: string; attempt: ScenarioAttempt }
  | { type: 'progress.reset' }
  | { type: 'notice.dismissed' };

function recordAttempt(previous: ScenarioRecord | undefined, attempt: ScenarioAttempt): ScenarioRecord {
  if (!previous) return { attempts: [attempt], played: 1, best: attempt.band };
  return {
    attempts: [...previous.attempts, attempt],
    played: previous.played + 1,
    best: betterBand(previous.best, attempt.band),
  };
}

/**
 * Owns the learner's course progress. Pure: saving comes in through the `persistFacts` action,
 * provided at the edge of the app.
 */
export const progressMachine = setup({
  types: {
    input: {} as ProgressInput,
    context: {} as ProgressContext,
    events: {} as ProgressEvent,
  },
  actions: {
    persistFacts: (_, _params: { facts: ProgressFacts }) => {},
    reportReply: (_, _params: { reply: ReplyReport }) => {},
    reportCheck: (_, _params: { check: CheckReport }) => {},
    markVisited: assign({
      facts: ({ context, event }) => {
        if (event.type !== 'lesson.visited') return context.facts;
        const visited = context.facts.visited.includes(event.lessonId)
          ? context.facts.visited
          : [...context.facts.visited, event.lessonId];
        return { ...context.facts, visited, location: event.lessonId };
      },
    }),
    recordCheck: assign({
      facts: ({ context, event }) => {
        if (event.type !== 'check.answered') return context.facts;
        const check = context.catalog.checks.find((c) => c.id === event.checkId);
        if (!check) return context.facts;
        const result = { answer: [...event.answer], correct: isCorrectAnswer(event.answer, check.options) };
        return { ...context.facts, checks: { ...context.facts.checks, [event.checkId]: result } };
      },
    }),
    recordReflection: assign({
      facts: ({ context, event }) => {
        if (event.type !== 'reflection.changed') return context.facts;
        return {
          ...context.facts,
          reflections: { ...context.facts.reflections, [event.reflectionId]: event.text },
        };
      },
    }),
    recordScenario: assign({
      facts: ({ context, event }) => {
        if (event.type !== 'scenario.finished') return context.facts;
        const record = recordAttempt(context.facts.scenarios[event.scenarioId], event.attempt);
        return { ...context.facts, scenarios: { ...context.facts.scenarios, [event.scenarioId]: record } };
      },
    }),
    clearFacts: assign({ facts: emptyFacts, restoreProblem: null }),
    clearRestoreProblem: assign({ restoreProblem: null }),
  },
  guards: {
    hasProgress: ({ context }) => context.facts.visited.length > 0 || Object.keys(context.facts.scenarios).length > 0,
    isComplete: ({ context }) => isCourseComplete(context.catalog, context.facts),
    hasRestoreProblem: ({ context }) => context.restoreProblem !== null,
    isFirstTry: ({ context, event }) =>
      event.type === 'check.answered' &&
      !(event.checkId in context.facts.checks) &&
      context.catalog.checks.some((c) => c.id === event.checkId),
    isKnownLesson: ({ context, event }) =>
      event.type === 'lesson.visited' && context.catalog.lessons.some((l) => l.id === event.lessonId),
  },
}).createMachine({
  id: 'progress',
  type: 'parallel',
  context: ({ input }) => ({
    catalog: input.catalog,
    facts: input.facts ?? emptyFacts,
    restoreProblem: input.restoreProblem,
  }),
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
        complete: { tags: ['returning', 'complete'] },
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
                },
              }),
            },
          ],
          target: '.checking',
        },
        'reflection.changed': { actions: 'recordReflection', target: '.checking' },
        'scenario.replied': {
          actions: {
            type: 'reportReply',
            params: ({ event }) => ({ reply: event.reply }),
          },
        },
        'scenario.finished': { actions: 'recordScenario', target: '.checking' },
        'progress.reset': {
          actions: ['clearFacts', { type: 'persistFacts', params: () => ({ facts: emptyFacts }) }],
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
