import { assign, setup } from 'xstate';
import type { Band, ScenarioStep } from '../course/progress-facts';
import type { Ending, Scenario, Scene } from './scenario';

export type ReplyEvent = { type: `reply.${string}` };
export type ContinueEvent = { type: 'feedback.continue' };
export type ScenarioEvent = ReplyEvent | ContinueEvent;

export interface ScenarioContext {
  readonly scenarioId: string;
  /** Every reply chosen so far, in order. */
  readonly path: readonly ScenarioStep[];
}

/** What a finished run produces: the ending reached and the path that led there. */
export interface ScenarioOutput {
  readonly scenarioId: string;
  readonly endingId: string;
  readonly band: Band;
  readonly path: readonly ScenarioStep[];
}

interface EndingOutput {
  readonly endingId: string;
  readonly band: Band;
}

/**
 * The state in each scene where the learner picks a reply. Camel case cannot be a scenario id,
 * so it never clashes with the reply states beside it, which are named by reply id.
 */
export const AWAITING_REPLY = 'awaitingReply';

/** State tags the player and the tests read instead of re-deriving the machine's logic. */
export const TAGS = {
  answering: 'answering',
  feedback: 'feedback',
  /** Feedback whose "continue" ends the conversation. */
  lastFeedback: 'feedback.last',
  ending: 'ending',
  band: (band: Band) => `band.${band}` as const,
} as const;

export function replyEvent(replyId: string): ReplyEvent {
  return { type: `reply.${replyId}` };
}

/** One setup for every scenario, so every scenario machine has the same named parts. */
export const scenarioSetup = setup({
  types: {
    context: {} as ScenarioContext,
    events: {} as ScenarioEvent,
    output: {} as ScenarioOutput,
  },
  actions: {
    recordReply: assign({
      path: ({ context }, step: ScenarioStep) => [...context.path, step],
    }),
  },
});

type ScenarioStateConfig = NonNullable<Parameters<typeof scenarioSetup.createMachine>[0]['states']>[string];

function isEndingOutput(value: unknown): value is EndingOutput {
  return typeof value === 'object' && value !== null && 'endingId' in value && 'band' in value;
}

function sceneState(scenario: Scenario, scene: Scene): ScenarioStateConfig {
  const awaitingReply: ScenarioStateConfig = {
    tags: [TAGS.answering],
    on: Object.fromEntries(
      scene.replies.map((reply) => [
        replyEvent(reply.id).type,
        {
          target: reply.id,
          actions: { type: 'recordReply' as const, params: { replyId: reply.id, band: reply.band } },
        },
      ]),
    ),
  };
  // The learner reads the feedback on a reply before the conversation moves on, so each reply
  // has its own state inside the scene where it was chosen.
  const endingIds = new Set(scenario.endings.map((e) => e.id));
  const feedbackStates = Object.fromEntries(
    scene.replies.map((reply): [string, ScenarioStateConfig] => [
      reply.id,
      {
        tags: endingIds.has(reply.next) ? [TAGS.feedback, TAGS.lastFeedback] : [TAGS.feedback],
        description: `Feedback on: ${reply.text}`,
        on: { 'feedback.continue': { target: `#${scenario.id}.${reply.next}` } },
      },
    ]),
  );
  return {
    description: scene.customer.join(' '),
    initial: AWAITING_REPLY,
    states: { [AWAITING_REPLY]: awaitingReply, ...feedbackStates },
  };
}

function endingState(ending: Ending): ScenarioStateConfig {
  return {
    type: 'final',
    tags: [TAGS.ending, TAGS.band(ending.band)],
    description: `Ending (${ending.band}): ${ending.title}`,
    output: { endingId: ending.id, band: ending.band } satisfies EndingOutput,
  };
}

/**
 * Compiles a checked scenario into a machine. Scenes are states, each reply is a payload-free
 * `reply.<replyId>` event, each ending is a final state tagged `band.<band>`, and the output
 * names the ending and the path taken. Pure: no timers, no side effects.
 */
export function createScenarioMachine(scenario: Scenario) {
  return scenarioSetup.createMachine({
    id: scenario.id,
    description: scenario.situation,
    context: { scenarioId: scenario.id, path: [] },
    initial: scenario.start,
    states: {
      ...Object.fromEntries(scenario.scenes.map((scene) => [scene.id, sceneState(scenario, scene)])),
      ...Object.fromEntries(scenario.endings.map((ending) => [ending.id, endingState(ending)])),
    },
    output: ({ context, event }) => {
      if (!isEndingOutput(event.output)) throw new Error(`${scenario.id} finished outside an ending`);
      return { scenarioId: context.scenarioId, ...event.output, path: context.path };
    },
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
