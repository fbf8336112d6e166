import { useId, type ReactNode } from 'react';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/blocks';

/** Two ways of saying the same thing, side by side on a wide screen and one above the other on a phone. */
export function Compare({ children }: { readonly children: ReactNode }) {
  return <div className="compare">{children}</div>;
}

interface PartProps {
  readonly children: ReactNode;
  /** The visible label, which also names the group for screen readers. */
  readonly label?: string;
}

/**
 * One side of a comparison: a group named by its visible label, so a screen reader says which side
 * it is entering, and a mark (✗ or ✓) beside the words, so colour is never the only difference.
 */
function ComparePart({ label, mark, kind, children }: Required<PartProps> & { mark: string; kind: string }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className={`compare__part compare__part--${kind}`}>
      <p className="compare__label" id={id}>
        <span aria-hidden="true" className="compare__mark">
          {mark}
        </span>
        {label}
      </p>
      <div className="compare__body">{children}</div>
    </div>
  );
}

/** What was said: the version to learn from. */
export function Before({ label = t('blocks.compare.before'), children }: PartProps) {
  return (
    <ComparePart label={label} mark="✗" kind="before">
      {children}
    </ComparePart>
  );
}

/** What could have been said: the better version. */
export function After({ label = t('blocks.compare.after'), children }: PartProps) {
  return (
    <ComparePart label={label} mark="✓" kind="after">
      {children}
    </ComparePart>
  );
}
