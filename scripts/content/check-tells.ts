import type { ContentError } from './content-error';
import { absoluteWordsIn, TELL_RULES, wordCount } from './tell-rules';

/** A knowledge check as written, with where each part is, for the tell checks. */
export interface WrittenCheck {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly multiple: boolean;
  readonly options: ReadonlyArray<{
    readonly id: string;
    readonly correct: boolean;
    readonly text: string;
    readonly line: number;
  }>;
}

function longestTells(check: WrittenCheck): ContentError[] {
  const wrong = check.options.filter((o) => !o.correct);
  const longestWrong = Math.max(0, ...wrong.map((o) => wordCount(o.text)));
  return check.options
    .filter((o) => o.correct)
    .filter((o) => {
      const words = wordCount(o.text);
      return words >= longestWrong + TELL_RULES.longestExtraWords && words >= longestWrong * TELL_RULES.longestRatio;
    })
    .map((o) => ({
      file: check.file,
      line: o.line,
      id: check.id,
      message: `tell: right answer "${o.id}" is clearly the longest option (${wordCount(o.text)} words against at most ${longestWrong}); shorten it or give the wrong options the same detail`,
    }));
}

function multiSelectTells(check: WrittenCheck): ContentError[] {
  if (!check.multiple) return [];
  const wrong = check.options.filter((o) => !o.correct).length;
  if (wrong >= TELL_RULES.multiSelectMinWrong) return [];
  return [
    {
      file: check.file,
      line: check.line,
      id: check.id,
      message: `tell: a multi-select with ${wrong} wrong option${wrong === 1 ? '' : 's'} is answered by ticking all but ${wrong === 1 ? 'one' : 'none'}; give it at least ${TELL_RULES.multiSelectMinWrong}`,
    },
  ];
}

function absoluteWordTells(check: WrittenCheck): ContentError[] {
  const inRight = new Set(check.options.filter((o) => o.correct).flatMap((o) => absoluteWordsIn(o.text)));
  return check.options
    .filter((o) => !o.correct)
    .flatMap((o) => {
      const giveaways = absoluteWordsIn(o.text).filter((w) => !inRight.has(w));
      return giveaways.length === 0
        ? []
        : [
            {
              file: check.file,
              line: o.line,
              id: check.id,
              message: `tell: wrong option "${o.id}" says "${giveaways.join('", "')}", which gives it away; say what a real employee might think instead`,
            },
          ];
    });
}

/** Single-answer checks whose right answer sits, as written, where most others' does. */
function positionTells(checks: readonly WrittenCheck[]): ContentError[] {
  const single = checks.filter((c) => !c.multiple);
  if (single.length < TELL_RULES.samePositionMinChecks) return [];
  const positionOf = (c: WrittenCheck) => c.options.findIndex((o) => o.correct);
  const counts = new Map<number, number>();
  for (const c of single) counts.set(positionOf(c), (counts.get(positionOf(c)) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n > single.length * TELL_RULES.samePositionShare)
    .flatMap(([position, n]) =>
      single
        .filter((c) => positionOf(c) === position)
        .map((c) => ({
          file: c.file,
          line: c.line,
          id: c.id,
          message: `tell: the right answer is option ${position + 1} as written, as in ${n} of ${single.length} single-answer checks; vary where right answers sit`,
        })),
    );
}

/** Every pattern in the course's checks that would let a learner score without knowing the answer. */
export function checkTells(checks: readonly WrittenCheck[]): ContentError[] {
  return [
    ...checks.flatMap((c) => [...longestTells(c), ...multiSelectTells(c), ...absoluteWordTells(c)]),
    ...positionTells(checks),
  ];
}
