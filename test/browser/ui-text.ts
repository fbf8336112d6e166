import { setupI18n } from '@lingui/core';
import { compileUiMessages } from '../../scripts/i18n/compile-ui-messages';
import { resolve } from 'node:path';
import { SOURCE_LOCALE_BUILD } from '../../scripts/i18n/locale-build';
import { localeBuildFor } from '../../scripts/i18n/locale-build-for';
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

/** What the build of `locale` shows for a UI message (`pseudo` for the pseudo-locale), to find it on that page. */
export function uiTextIn(locale: string): <Id extends MessageId>(id: Id, ...[values]: ValuesArgument<Id>) => string {
  const build = localeBuildFor(resolve(import.meta.dirname, '../..'), locale);
  const i18n = setupI18n({ locale: build.locale, messages: { [build.locale]: compileUiMessages(build) } });
  return (id, ...[values]) => i18n._(id, values);
}
