import { useId, type ReactNode } from 'react';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/blocks';

/** The one idea a learner should carry away from a section. */
export function KeyIdea({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const id = useId();
  return (
    <aside className="key-idea" aria-labelledby={id}>
      <p className="key-idea__label" id={id}>
        <span aria-hidden="true" className="key-idea__icon">
          ★
        </span>
        <Message id="blocks.key-idea" values={{ title }} components={[<span className="visually-hidden" />]} />
      </p>
      <div className="key-idea__body">{children}</div>
    </aside>
  );
}
