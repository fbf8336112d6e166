import { t } from '../i18n/i18n';
import 'virtual:ui-messages/reflection';

/** What the count says after the number: nothing, that the text is saved, or that it is too long to save whole. */
export type ReflectionStatus = 'none' | 'saved' | 'too_long';

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
  readonly status: ReflectionStatus;
}) {
  const left = max - length;
  const announcement =
    left <= 0
      ? t('reflection.limit-reached', { max })
      : left <= NEAR_LIMIT
        ? t('reflection.near-limit', { left: NEAR_LIMIT })
        : '';
  return (
    <>
      <p className="reflection__status" id={id}>
        {t('reflection.count', { length, max, status })}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
