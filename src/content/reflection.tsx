import { useId, useRef, useState } from 'react';
import { useProgressActor, useProgressSelector } from '../app/course-context';
import { SMALLEST_CAPACITY } from '../persistence/capacity';
import { packSnapshot } from '../persistence/snapshot-codec';
import { ReflectionCount, type ReflectionStatus } from './reflection-count';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/reflection';
import { useFlushOnLeave } from './use-flush-on-leave';

/**
 * Long enough for a few honest sentences, short enough that every reflection of the course, in any
 * script, fits SCORM 1.2's suspend_data whole (test/unit/snapshot-worst-path.test.ts proves it).
 */
export const REFLECTION_MAX_LENGTH = 280;
const SAVE_DELAY_MS = 800;

/** Free text kept with progress and never graded. */
export function Reflection({ id, prompt }: { readonly id: string; readonly prompt: string }) {
  const progress = useProgressActor();
  const saved = useProgressSelector((s) => s.context.facts.reflections[id] ?? '');
  // "Saved" is a promise that the whole text survives in every store, the smallest included.
  const keptWhole = useProgressSelector(
    (s) => !packSnapshot(s.context.catalog, s.context.facts, SMALLEST_CAPACITY).dropped.includes(id),
  );
  const [text, setText] = useState(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fieldId = useId();
  const hintId = useId();
  const statusId = useId();
  /** What the learner typed last, or null before they type; read when the save delay ends or the page is left. */
  const typed = useRef<string | null>(null);

  const save = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = typed.current;
    const kept = progress.getSnapshot().context.facts.reflections[id] ?? '';
    if (value !== null && value !== kept) progress.send({ type: 'reflection.changed', reflectionId: id, text: value });
  };
  // Text typed just before a route change, a tab switch or a tab close is saved, not dropped.
  useFlushOnLeave(save);

  const status: ReflectionStatus = text !== saved || !text ? 'none' : keptWhole ? 'saved' : 'too_long';
  return (
    <div className="reflection">
      <label className="reflection__prompt" htmlFor={fieldId}>
        <span className="reflection__label">{t('reflection.label')}</span>
        {prompt}
      </label>
      <p className="reflection__hint" id={hintId}>
        {t('reflection.hint')}
      </p>
      <textarea
        id={fieldId}
        className="reflection__field"
        rows={4}
        maxLength={REFLECTION_MAX_LENGTH}
        value={text}
        aria-describedby={`${hintId} ${statusId}`}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          typed.current = value;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(save, SAVE_DELAY_MS);
        }}
        onBlur={save}
      />
      <ReflectionCount id={statusId} length={text.length} max={REFLECTION_MAX_LENGTH} status={status} />
    </div>
  );
}
