import type { CompiledMessage } from '@lingui/message-utils/compileMessage';

/**
 * The compiled UI messages loaded so far: the first load's groups, then each group
 * `virtual:ui-messages/<group>` adds when the screen that needs it loads.
 */
export const loadedMessages: Record<string, CompiledMessage> = {};

export function addMessages(messages: Readonly<Record<string, CompiledMessage>>): void {
  Object.assign(loadedMessages, messages);
}
