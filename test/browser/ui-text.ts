import { setupI18n } from '@lingui/core';
import { compileUiMessages } from '../../scripts/i18n/compile-ui-messages';
import { SOURCE_LOCALE_BUILD } from '../../scripts/i18n/locale-build';
import type { MessageId } from '../../src/i18n/messages';
import type { ValuesArgument } from '../../src/i18n/message-values';

const english = setupI18n({
  locale: SOURCE_LOCALE_BUILD.locale,
  messages: { [SOURCE_LOCALE_BUILD.locale]: compileUiMessages(SOURCE_LOCALE_BUILD) },
});

/** What the built course shows for a UI message in its source language, to find it on the page. */
export function uiText<Id extends MessageId>(id: Id, ...[values]: ValuesArgument<Id>): string {
  return english._(id, values);
}
