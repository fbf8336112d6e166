import { assign, setup, type ActorRefFrom } from 'xstate';
import type { Band, ScenarioStep } from '../course/progress-facts';
import { promptOf, type Ending, type Scenario, type Scene } from './scenario';

/** A chosen reply. `latencyMs`: how long the learner took to answer, measured where they answered. */
export type ReplyEvent = { type: `reply.${string}`; latencyMs?: number };
/** `readMs`: how long the learner spent on the feedback before carrying on. */
export type ContinueEvent = { type: 'feedback.continue'; readMs?: number };
export type ScenarioEvent = ReplyEvent | ContinueEvent;

export interface ScenarioContext {
  readonly scenarioId: string;
  /** Every reply chosen so far, in order. */
  readonly path: readonly ScenarioStep[];
  /** Answering and reading time so far, as the events reported it. */
  readonly elapsedMs: number;
}

/** One reply as the course reports it to the LMS. */
export interface ReplyChosen {
  readonly scenarioId: string;
  readonly sceneId: string;
  readonly replyId: string;
  readonly band: Band;
  /** What the customer said, so LMS reports can show the prompt. */
  readonly prompt: string;
  readonly latencyMs: number;
}

/** What a finished run produces: the ending reached and the path that led there. */
export interface ScenarioOutput {
  readonly scenarioId: string;
  readonly endingId: string;
  readonly band: Band;
  readonly path: readonly ScenarioStep[];
  /** Whole seconds spent answering and reading feedback. */
  readonly seconds: number;
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

export function replyEvent(replyId: string, latencyMs?: number): ReplyEvent {
  return latencyMs === undefined ? { type: `reply.${replyId}` } : { type: `reply.${replyId}`, latencyMs };
}

const spentMs = (event: ScenarioEvent): number =>
  event.type === 'feedback.continue' ? (event.readMs ?? 0) : (event.latencyMs ?? 0);

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
    addTimeSpent: assign({ elapsedMs: ({ context, event }) => context.elapsedMs + spentMs(event) }),
    /** Tells whoever runs the role-play about each reply; the course provides it when it spawns a run. */
    reportReply: (_, _reply: ReplyChosen) => {},
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
          actions: [
            { type: 'recordReply' as const, params: { replyId: reply.id, band: reply.band } },
            'addTimeSpent' as const,
            {
              type: 'reportReply' as const,
              params: ({ event }: { event: ScenarioEvent }): ReplyChosen => ({
                scenarioId: scenario.id,
                sceneId: scene.id,
                replyId: reply.id,
                band: reply.band,
                prompt: promptOf(scene),
                latencyMs: event.type === 'feedback.continue' ? 0 : (event.latencyMs ?? 0),
              }),
            },
          ],
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
        on: { 'feedback.continue': { target: `#${scenario.id}.${reply.next}`, actions: 'addTimeSpent' } },
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
    context: { scenarioId: scenario.id, path: [], elapsedMs: 0 },
    initial: scenario.start,
    states: {
      ...Object.fromEntries(scenario.scenes.map((scene) => [scene.id, sceneState(scenario, scene)])),
      ...Object.fromEntries(scenario.endings.map((ending) => [ending.id, endingState(ending)])),
    },
    output: ({ context, event }) => {
      if (!isEndingOutput(event.output)) throw new Error(`${scenario.id} finished outside an ending`);
      return {
        scenarioId: context.scenarioId,
        ...event.output,
        path: context.path,
        seconds: Math.round(context.elapsedMs / 1000),
      };
    },
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;

/** A running role-play, as the course spawns it. */
export type RoleplayActor = ActorRefFrom<ReturnType<typeof createScenarioMachine>>;
