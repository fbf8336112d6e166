import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageNotes, messages, type MessageId } from '../../src/i18n/messages';
import { plainUnitText } from './inline-markup';
import type { SourceUnit } from './source-unit';

/** The UI catalogue: every string of the course's own screens, in ICU MessageFormat. */
export const UI_MESSAGES_FILE = 'src/i18n/messages.ts';

/** The UI catalogue's units, one per message id, each with the line it is written on and any note for translators. */
export function uiUnits(root: string): SourceUnit[] {
  const lines = readFileSync(join(root, UI_MESSAGES_FILE), 'utf8').split('\n');
  return (Object.keys(messages) as MessageId[]).map((id) => {
    const at = lines.findIndex((line) => line.includes(`'${id}':`));
    const note = messageNotes[id];
    return {
      id: `ui/${id}`,
      source: plainUnitText(messages[id]),
      line: at + 1,
      note: `ICU MessageFormat: keep each {placeholder}, plural keyword and <0> tag.${note ? ` ${note}` : ''}`,
    };
  });
}
