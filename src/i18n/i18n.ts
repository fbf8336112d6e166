import { i18n } from '@lingui/core';
import { locale, messages } from 'virtual:ui-messages/first-load';
import { messageGroup } from './message-groups';
import type { MessageId } from './messages';
import type { ValuesArgument } from './message-values';

export type { MessageId } from './messages';

// load, not loadAndActivate: a screen's group (virtual:ui-messages/<group>) may have been added already.
i18n.load(locale, messages);
i18n.activate(locale);

if (import.meta.env.DEV)
  // In development and tests a message whose group was never loaded fails loudly, instead of
  // showing its id to learners.
  i18n.on('missing', ({ id }) => {
    throw new Error(
      `UI message ${id} is not loaded: import 'virtual:ui-messages/${messageGroup(id)}' where it is shown.`,
    );
  });

/** The build's language, such as en-GB. */
export const uiLocale: string = locale;

/** One UI message in the build's language, with its values filled in. */
export function t<Id extends MessageId>(id: Id, ...[values]: ValuesArgument<Id>): string {
  return i18n._(id, values);
}

/**
 * A value as an ICU select key: select keys are letters, digits and underscores, so `face-to-face`
 * is matched as `face_to_face`.
 */
export function selectKey(value: string): string {
  return value.replaceAll('-', '_');
}
