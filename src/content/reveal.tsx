import { useId, useState, type ReactNode } from 'react';

/**
 * A "what would you do?" moment: the answer stays hidden until the learner asks for it. A button
 * with aria-expanded controls the region that follows it, so focus stays on the button and the
 * answer is the next thing a screen reader reads.
 */
export function Reveal({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="reveal">
      <button
        type="button"
        className="reveal__button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true" className="reveal__icon" />
        {label}
      </button>
      <div id={id} className="reveal__body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
