import { useEffect, useId, useRef, useState } from 'react';
import { useProgressActor, useProgressSelector } from '../app/course-context';

/** Long enough for a few honest sentences, short enough that every reflection fits saved progress. */
export const REFLECTION_MAX_LENGTH = 280;
const SAVE_DELAY_MS = 800;

/** Free text kept with progress and never graded. */
export function Reflection({ id, prompt }: { readonly id: string; readonly prompt: string }) {
  const progress = useProgressActor();
  const saved = useProgressSelector((s) => s.context.facts.reflections[id] ?? '');
  const [text, setText] = useState(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fieldId = useId();
  const hintId = useId();
  const statusId = useId();

  const save = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (value !== saved) progress.send({ type: 'reflection.changed', reflectionId: id, text: value });
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const pending = text !== saved;
  return (
    <div className="reflection">
      <label className="reflection__prompt" htmlFor={fieldId}>
        <span className="reflection__label">Reflect</span>
        {prompt}
      </label>
      <p className="reflection__hint" id={hintId}>
        Only you see this. It is saved with your progress and never graded.
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
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => save(value), SAVE_DELAY_MS);
        }}
        onBlur={() => save(text)}
      />
      <p className="reflection__status" id={statusId}>
        {text.length}/{REFLECTION_MAX_LENGTH} characters{pending ? '' : text ? ' · saved' : ''}
      </p>
    </div>
  );
}
