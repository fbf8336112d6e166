import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FIRST_LOAD_GROUPS, messageGroup } from '../../src/i18n/message-groups';
import { compileUiMessages } from './compile-ui-messages';
import type { LocaleBuild } from './locale-build';

const ALL_ID = 'virtual:ui-messages';
const FIRST_LOAD_ID = 'virtual:ui-messages/first-load';
const GROUP_PREFIX = 'virtual:ui-messages/';
/** Where a lazy group's module adds its messages (not @lingui/core: see src/i18n/compiled-message.ts). */
const LOADED_MESSAGES = JSON.stringify(resolve(import.meta.dirname, '../../src/i18n/loaded-messages.ts'));

/**
 * The course's UI words in the build's one language, compiled at build time:
 *
 * - `virtual:ui-messages`: `locale` and every message (for tests and tools);
 * - `virtual:ui-messages/first-load`: `locale` and the groups the start screen needs, which
 *   src/i18n/i18n.ts formats with src/i18n/compiled-message.ts;
 * - `virtual:ui-messages/<group>`: adds one more group to the loaded messages when imported, so a screen that
 *   loads on demand brings its own words and the first load does not carry them.
 *
 * It also gives index.html the build's language and direction, and its words for a browser without JavaScript.
 *
 * The English comes in through this file's own import of src/i18n/messages.ts, which makes it part
 * of the Vite config: the dev server restarts when the wording changes. `_root` keeps the signature
 * every content plugin has.
 */
export function uiMessagesPlugin(_root: string, build: LocaleBuild): Plugin {
  let compiled: ReturnType<typeof compileUiMessages> | null = null;
  const messages = () => (compiled ??= compileUiMessages(build));
  const module = (selected: (id: string) => boolean) =>
    JSON.stringify(Object.fromEntries(Object.entries(messages()).filter(([id]) => selected(id))));
  return {
    name: 'moments-of-truth:ui-messages',
    buildStart() {
      compiled = null;
    },
    transformIndexHtml(html) {
      // Plain text: the message has no values, so its compiled form is its words.
      const noscript = escapeHtml((messages()['page.noscript'] ?? []).join(''));
      return html
        .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(build.locale)}" dir="${build.dir}">`)
        .replace(/<noscript>[^<]*<\/noscript>/, `<noscript>${noscript}</noscript>`);
    },
    resolveId(id) {
      return id === ALL_ID || id.startsWith(GROUP_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${ALL_ID}` && !id.startsWith(`\0${GROUP_PREFIX}`)) return undefined;
      const name = id.slice(1);
      const locale = JSON.stringify(build.locale);
      if (name === ALL_ID) return `export const locale = ${locale};\nexport const messages = ${module(() => true)};\n`;
      if (name === FIRST_LOAD_ID)
        return `export const locale = ${locale};\nexport const messages = ${module((m) => FIRST_LOAD_GROUPS.includes(messageGroup(m)))};\n`;
      const group = name.slice(GROUP_PREFIX.length);
      if (FIRST_LOAD_GROUPS.includes(group)) this.error(`${name}: the ${group} messages are in the first load already`);
      const words = module((m) => messageGroup(m) === group);
      if (words === '{}') this.error(`${name}: no UI message has an id that starts with "${group}."`);
      return `import { addMessages } from ${LOADED_MESSAGES};\naddMessages(${words});\n`;
    },
  };
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
