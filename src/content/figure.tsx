import type { ReactNode } from 'react';

/** A picture, table or diagram with a caption that says what to notice in it. */
export function Figure({ caption, children }: { readonly caption: string; readonly children: ReactNode }) {
  return (
    <figure className="figure">
      <div className="figure__content">{children}</div>
      <figcaption className="figure__caption">{caption}</figcaption>
    </figure>
  );
}
