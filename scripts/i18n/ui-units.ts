import type { SourceUnit } from './source-unit';

/** The UI catalogue: every string of the course's own screens, in ICU MessageFormat. */
export const UI_MESSAGES_FILE = 'src/i18n/messages.ts';

/** The UI catalogue's units, one per message id. */
export function uiUnits(_root: string): SourceUnit[] {
  return [];
}
