/** The three ways a moment of truth can end, and the band of every scenario reply. */
export type Band = 'misery' | 'mediocrity' | 'wow';

export const BANDS: readonly Band[] = ['misery', 'mediocrity', 'wow'];

export interface CheckResult {
  /** Option ids the learner chose on the first try. */
  readonly answer: readonly string[];
  readonly correct: boolean;
}

export interface ScenarioStep {
  readonly replyId: string;
  readonly band: Band;
}

export interface ScenarioAttempt {
  readonly endingId: string;
  readonly band: Band;
  readonly path: readonly ScenarioStep[];
  /** Whole seconds from the first scene to the ending. */
  readonly seconds: number;
}

/**
 * What the course keeps of a scenario's runs: how many and the best ending. Each run's path goes
 * to the LMS as interactions when it happens; nothing reads it back, so it is not kept.
 */
export interface ScenarioRecord {
  /** Number of runs ever finished. */
  readonly played: number;
  readonly best: Band;
}

/**
 * Learner facts: what a delegate has done, never how the UI or the machine is built.
 * This is what gets saved and restored.
 */
export interface ProgressFacts {
  readonly visited: readonly string[];
  readonly checks: Readonly<Record<string, CheckResult>>;
  readonly scenarios: Readonly<Record<string, ScenarioRecord>>;
  readonly reflections: Readonly<Record<string, string>>;
  /** Id of the lesson the learner was last on. */
  readonly location: string | null;
  /**
   * Decides the order this attempt shows each check's options and each scene's replies in, so the
   * order says nothing about the answer. Kept with the progress, so a resume shows the same order.
   */
  readonly orderSeed?: string;
}

export const emptyFacts: ProgressFacts = {
  visited: [],
  checks: {},
  scenarios: {},
  reflections: {},
  location: null,
};
