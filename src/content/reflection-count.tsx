/** Characters left at which the learner is told, once, politely, that the limit is near. */
export const NEAR_LIMIT = 20;

/**
 * The visible count, updated on every keystroke, and a polite live region that speaks only when the
 * text crosses into the last few characters or reaches the limit, so a screen reader is not
 * interrupted after every letter.
 */
export function ReflectionCount({
  id,
  length,
  max,
  status,
}: {
  readonly id: string;
  readonly length: number;
  readonly max: number;
  readonly status: string;
}) {
  const left = max - length;
  const announcement =
    left <= 0
      ? `Limit reached: ${max} characters.`
      : left <= NEAR_LIMIT
        ? `${NEAR_LIMIT} characters or fewer left.`
        : '';
  return (
    <>
      <p className="reflection__status" id={id}>
        {length}/{max} characters{status ? ` · ${status}` : ''}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
