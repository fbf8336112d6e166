import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { messages } from '../../src/i18n/messages';
import { parseUnitText, plainUnitText, wordsOf } from './inline-markup';
import type { LocaleBuild } from './locale-build';

/** A translation unit's id for a UI message, as translators and LocaleBuild know it. */
export const uiUnitId = (messageId: string): string => `ui/${messageId}`;

/**
 * Every UI message in the build's language, compiled from ICU MessageFormat into Lingui's runtime
 * form, so the browser never parses ICU. A message that does not compile (a translation with an
 * unclosed brace, say) stops the build, naming its unit.
 */
export function compileUiMessages(build: LocaleBuild): Readonly<Record<string, CompiledMessage>> {
  const compiled: Record<string, CompiledMessage> = {};
  const problems: string[] = [];
  for (const [id, english] of Object.entries(messages)) {
    const unitId = uiUnitId(id);
    try {
      // LocaleBuild speaks XLIFF unit text, in which a message's `<0>` tags are escaped words.
      const target = parseUnitText(build.translate(unitId, plainUnitText(english)));
      if ('problem' in target) throw new Error(target.problem);
      compiled[id] = compileMessageOrThrow(wordsOf(target));
    } catch (error) {
      problems.push(`${unitId} (${build.locale}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0) throw new Error(`UI messages that do not compile:\n${problems.join('\n')}`);
  return compiled;
}
