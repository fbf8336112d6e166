/** An answer is right when it picks exactly the correct options, in any order. */
export function isCorrectAnswer(
  answer: readonly string[],
  options: ReadonlyArray<{ id: string; correct?: boolean }>,
): boolean {
  const correctIds = options.filter((o) => o.correct).map((o) => o.id);
  return answer.length === correctIds.length && answer.every((a) => correctIds.includes(a));
}
