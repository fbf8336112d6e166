import { BANDS, type Band } from '../../src/course/progress-facts';

/**
 * What a map needs of a role-play. A checked `Scenario` is one; so is a file that failed its
 * checks, read as far as it goes, because an author needs the map most when the checker complains.
 */
export interface MapReply {
  readonly id: string;
  /** Missing when the file names no valid band; the map then says so. */
  readonly band?: Band;
  readonly next: string;
  readonly text?: string;
}

export interface MapScene {
  readonly id: string;
  /** What the customer says, one line per bubble; the map shows the first. */
  readonly customer?: readonly string[];
  readonly replies: readonly MapReply[];
}

export interface MapEnding {
  readonly id: string;
  readonly band?: Band;
  readonly title?: string;
}

export interface MapScenario {
  readonly id: string;
  readonly title?: string;
  readonly start: string;
  readonly scenes: readonly MapScene[];
  readonly endings: readonly MapEnding[];
}

/** Learners who chose each reply, by scene id then reply id (for the learner-choice report). */
export type ChoiceCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;
/** Learners who reached each ending, by ending id. */
export type EndingCounts = Readonly<Record<string, number>>;

export interface ScenarioMapOptions {
  /** Draws this scene with a thick outline and a "here" marker. */
  readonly highlightSceneId?: string;
  /** Labels each reply's arrow with the share of learners in its scene who chose it, as "42% (21)". */
  readonly choiceCounts?: ChoiceCounts;
  /** Labels each ending with the share of learners who reached it. */
  readonly endingCounts?: EndingCounts;
  /** The map's accessible name; the scenario's title by default. */
  readonly title?: string;
  /** Language of the words on the map, such as "es"; written as the SVG's `lang`. */
  readonly lang?: string;
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const band = (value: unknown): Band | undefined => BANDS.find((b) => b === value);
const lines = (value: unknown): string[] | undefined =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((l) => typeof l === 'string') : undefined;

/**
 * The map's view of a parsed scenario file (the project's parser's output), taking whatever is
 * well formed and skipping the rest: a scene without an id, say, or a reply without `next`.
 * Null only when there is no list of scenes at all.
 */
export function mapScenarioFromData(data: unknown, fallbackId: string): MapScenario | null {
  const file = record(data);
  if (!file || !Array.isArray(file.scenes)) return null;
  const scenes = list(file.scenes).flatMap((value): MapScene[] => {
    const scene = record(value);
    const id = text(scene?.id);
    if (!scene || id === undefined) return [];
    const replies = list(scene.replies).flatMap((r): MapReply[] => {
      const reply = record(r);
      const replyId = text(reply?.id);
      const next = text(reply?.next);
      if (!reply || replyId === undefined || next === undefined) return [];
      const replyText = text(reply.text);
      return [{ id: replyId, next, band: band(reply.band), ...(replyText ? { text: replyText } : {}) }];
    });
    const customer = lines(scene.customer);
    return [{ id, replies, ...(customer ? { customer } : {}) }];
  });
  const endings = list(file.endings).flatMap((value): MapEnding[] => {
    const ending = record(value);
    const id = text(ending?.id);
    if (!ending || id === undefined) return [];
    const title = text(ending.title);
    return [{ id, band: band(ending.band), ...(title ? { title } : {}) }];
  });
  const title = text(file.title);
  return {
    id: text(file.id) ?? fallbackId,
    start: text(file.start) ?? scenes[0]?.id ?? '',
    scenes,
    endings,
    ...(title ? { title } : {}),
  };
}
