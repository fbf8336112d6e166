import { locale, messages } from 'virtual:ui-messages/first-load';
import { formatCompiled } from './compiled-message';
import { addMessages, loadedMessages } from './loaded-messages';
import { messageGroup } from './message-groups';
import type { MessageId } from './messages';
import type { ValuesArgument } from './message-values';

export type { MessageId } from './messages';

// Added, not replaced: a screen's group (virtual:ui-messages/<group>) may have been added already.
addMessages(messages);

/** The build's language, such as en-GB. */
export const uiLocale: string = locale;

/** One UI message in the build's language, with its values filled in. */
export function t<Id extends MessageId>(id: Id, ...[values]: ValuesArgument<Id>): string {
  return formatMessage(id, values ?? {});
}

/** What t does, for values that are not typed by id (src/i18n/message.tsx). */
export function formatMessage(id: string, values: Readonly<Record<string, unknown>>): string {
  const message = loadedMessages[id];
  if (message !== undefined) return formatCompiled(message, values, locale);
  // In development and tests a message whose group was never loaded fails loudly; a learner would see its id.
  if (import.meta.env.DEV)
    throw new Error(
      `UI message ${id} is not loaded: import 'virtual:ui-messages/${messageGroup(id)}' where it is shown.`,
    );
  return id;
}

/**
 * A value as an ICU select key: select keys are letters, digits and underscores, so `face-to-face`
 * is matched as `face_to_face`.
 */
export function selectKey(value: string): string {
  return value.replaceAll('-', '_');
}
