import type { ReactNode } from 'react';

/**
 * A process in order. A real ordered list, so screen readers say "list, 5 items" and each number;
 * the numbers on screen are the list's own markers, so what is seen and what is heard agree.
 */
export function Steps({ children }: { readonly children: ReactNode }) {
  return <ol className="steps">{children}</ol>;
}

/** One step of `<Steps>`: a short title the learner can scan, then what to do. */
export function Step({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <li className="steps__step">
      <p className="steps__title">{title}</p>
      <div className="steps__body">{children}</div>
    </li>
  );
}
