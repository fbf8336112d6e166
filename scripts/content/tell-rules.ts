/**
 * The thresholds behind `check:content`'s tells: patterns that let a learner find the right answer
 * without knowing it. docs/authoring-lessons.md explains each one to authors; change both together.
 */
export const TELL_RULES = {
  /** A right answer is "clearly the longest" when it has this many times the words of the longest wrong option… */
  longestRatio: 1.3,
  /** …and at least this many words more, so that 4 words against 3 is not flagged. */
  longestExtraWords: 4,
  /** Right answers may share one position (as written) in at most this share of single-answer checks… */
  samePositionShare: 0.5,
  /** …judged only once the course has this many single-answer checks. */
  samePositionMinChecks: 4,
  /** A multi-select needs at least this many wrong options, so "all but one" is never the pattern. */
  multiSelectMinWrong: 2,
  /** The WOW reply may be the longest in at most this share of a role-play's scenes. */
  wowLongestShare: 1 / 3,
  /**
   * Absolute words that mark an option as the wrong one: careful advice rarely says "never" or
   * "always". Flagged in a wrong option (or a non-WOW reply) when no right answer uses them too.
   */
  absoluteWords: [
    'never',
    'always',
    'every',
    'everyone',
    'everything',
    'nobody',
    'nothing',
    'none',
    'completely',
    'totally',
    'absolutely',
    'guarantee',
    'guaranteed',
  ],
} as const;

/** Words as a reader counts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The absolute words in `text`, lower-cased, each once. */
export function absoluteWordsIn(text: string): string[] {
  const words = new Set(text.toLowerCase().match(/[\p{L}']+/gu) ?? []);
  return TELL_RULES.absoluteWords.filter((w) => words.has(w));
}
