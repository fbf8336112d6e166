import type { Band } from '../course/progress-facts';
import { BAND_POINTS } from '../course/scoring';

/** Moods a customer can show; each one has its own face in `scripts/content/scenario-portraits.ts`. */
export const MOODS = ['angry', 'annoyed', 'worried', 'neutral', 'pleased', 'delighted'] as const;
export type Mood = (typeof MOODS)[number];

/** How the conversation happens; the player words its framing to suit. */
export const CHANNELS = ['phone', 'face-to-face', 'chat', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Scenario, scene, reply and ending ids. No dots, because ids become XState state names and
 * LMS interaction ids (`<scenarioId>.<replyId>`).
 */
export const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 60;

export interface Customer {
  readonly name: string;
  readonly role: string;
  /** The mood the customer starts in; a scene or ending may show another. */
  readonly mood: Mood;
}

export interface Reply {
  /** Stable API: saved progress and LMS reports use it. */
  readonly id: string;
  /** What the learner says, shown on the reply button. */
  readonly text: string;
  readonly band: Band;
  /** Why this reply lands the way it does, in the course's ideas. */
  readonly feedback: string;
  /** Id of the next scene or of an ending. */
  readonly next: string;
}

export interface Scene {
  readonly id: string;
  /** A short stage direction shown before the customer speaks, such as "She sighs." */
  readonly narration?: string;
  /** What the customer says, one chat bubble per line. */
  readonly customer: readonly string[];
  readonly mood?: Mood;
  readonly replies: readonly Reply[];
}

/** A debrief line about particular replies, shown only when the learner took one of them. */
export interface PathNote {
  readonly replies: readonly string[];
  readonly text: string;
}

export interface Ending {
  readonly id: string;
  readonly band: Band;
  readonly title: string;
  /** True for every path that reaches this ending. */
  readonly debrief: string;
  /** Lines that hold only on some paths: each is shown when the path took one of its replies. */
  readonly ifTook?: readonly PathNote[];
  /** The customer's last words, if any. */
  readonly customer?: readonly string[];
  readonly mood?: Mood;
}

/** Pictures the build draws for a role-play, as `data:` URIs; decorative, as the text says it all. */
export interface ScenarioPictures {
  /** The customer's portrait for each mood the role-play shows. */
  readonly portraits: Readonly<Partial<Record<Mood, string>>>;
  /** The setting of the channel, such as a telephone and headset for a call. */
  readonly scene: string;
}

/** A branching role-play as authored in `scenarios/<id>.yaml`, after checking. Pure data. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  /** The lesson module this role-play belongs to; a hint for authors and reports. */
  readonly module?: string;
  readonly channel: Channel;
  readonly situation: string;
  readonly customer: Customer;
  /** Id of the first scene. */
  readonly start: string;
  readonly scenes: readonly Scene[];
  readonly endings: readonly Ending[];
  /** Added by the build (`scripts/content/vite-plugin-scenarios.ts`), never by authors. */
  readonly pictures?: ScenarioPictures;
}

/** The debrief as this learner's path makes it true: the debrief, then each note about a reply they took. */
export function debriefFor(ending: Ending, takenReplyIds: readonly string[]): string[] {
  const notes = (ending.ifTook ?? []).filter((note) => note.replies.some((id) => takenReplyIds.includes(id)));
  return [ending.debrief, ...notes.map((note) => note.text)];
}

export function findScene(scenario: Scenario, sceneId: string): Scene | undefined {
  return scenario.scenes.find((s) => s.id === sceneId);
}

export function findEnding(scenario: Scenario, endingId: string): Ending | undefined {
  return scenario.endings.find((e) => e.id === endingId);
}

/** Reply ids are unique within a scenario, so a reply id alone says where it was chosen. */
export function findReply(scenario: Scenario, replyId: string): { scene: Scene; reply: Reply } | undefined {
  for (const scene of scenario.scenes) {
    const reply = scene.replies.find((r) => r.id === replyId);
    if (reply) return { scene, reply };
  }
  return undefined;
}

/** The first reply with the best band in a scene: what a learner could have said instead. */
export function bestReply(scene: Scene): Reply | undefined {
  return scene.replies.reduce<Reply | undefined>(
    (best, reply) => (!best || BAND_POINTS[reply.band] > BAND_POINTS[best.band] ? reply : best),
    undefined,
  );
}

/** The customer's words in a scene as one string, as LMS reports show the prompt. */
export function promptOf(scene: Scene): string {
  return scene.customer.join(' ');
}
