import { cloneElement, type ReactElement, type ReactNode } from 'react';
import { formatMessage } from './i18n';
import type { MessageId } from './messages';
import type { MessagePlaceholders, MessageValues } from './message-values';

/** `<0>…</0>` or `<0/>` in a translated message: element 0 of `components`. */
const TAG = /<(\d+)>([\s\S]*?)<\/\1>|<(\d+)\/>/g;

/** Stands for "<" inside a value while tags are read, so a learner's name cannot become an element. */
const LESS_THAN = '\uE000';

type Props<Id extends MessageId> = {
  readonly id: Id;
  /** The elements the message's numbered tags stand for, such as a link or <strong>, in tag order. */
  readonly components: readonly ReactElement<{ children?: ReactNode }>[];
} & ([MessagePlaceholders<Id>] extends [never]
  ? { readonly values?: undefined }
  : { readonly values: MessageValues<Id> });

function withElements(text: string, components: Props<MessageId>['components']): ReactNode[] {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of text.matchAll(TAG)) {
    const [whole, index, inner, alone] = match;
    parts.push(text.slice(from, match.index).replaceAll(LESS_THAN, '<'));
    const element = components[Number(index ?? alone)];
    if (element)
      parts.push(
        cloneElement(
          element,
          { key: match.index },
          inner === undefined ? element.props.children : withElements(inner, components),
        ),
      );
    from = match.index + whole.length;
  }
  parts.push(text.slice(from).replaceAll(LESS_THAN, '<'));
  return parts;
}

/**
 * A message with elements inside it, such as a sentence with a bold start or a link in the middle,
 * kept as one sentence for translators. A few lines instead of @lingui/react's Trans, which needs an
 * I18nProvider above every tree that uses it (every unit test's too) and more bytes in the first load.
 */
export function Message<Id extends MessageId>({ id, values, components }: Props<Id>) {
  const safe =
    values &&
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'string' ? value.replaceAll('<', LESS_THAN) : value,
      ]),
    );
  return <>{withElements(formatMessage(id, safe ?? {}), components)}</>;
}
