import { escapeXml, escapeXmlAttribute } from './inline-markup';
import type { FileUnits } from './source-unit';

/** How far a translation has got, in XLIFF 1.2's own words, so translators' tools show it. */
export type TargetState = 'new' | 'needs-translation' | 'needs-review-translation' | 'translated' | 'final';

export interface TargetEntry {
  readonly text: string;
  readonly state: TargetState;
  /** Why it needs review, such as the English it was translated from before the English changed. */
  readonly note?: string;
}

/** XLIFF's datatype for each kind of source file. */
function datatypeOf(file: string): string {
  if (file.endsWith('.mdx')) return 'x-mdx';
  if (file.endsWith('.yaml')) return 'x-yaml';
  if (file.endsWith('.json')) return 'x-json';
  return 'x-icu-messageformat';
}

/**
 * One XLIFF 1.2 document for a language: a <file> per source file, a <trans-unit> per unit, each
 * with its source, its target when there is one, a note for the translator and the line it came from.
 */
export function writeXliff(options: {
  readonly sourceLocale: string;
  readonly targetLocale: string;
  readonly files: readonly FileUnits[];
  readonly targetOf: (unitId: string) => TargetEntry | undefined;
  /** Where each unit is written in the source, for translators; off for the store, whose diffs it would only clutter. */
  readonly locations?: boolean;
}): string {
  const { sourceLocale, targetLocale, files, targetOf, locations = true } = options;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
  ];
  for (const { file, units } of files) {
    if (units.length === 0) continue;
    lines.push(
      `  <file original="${escapeXmlAttribute(file)}" source-language="${sourceLocale}" target-language="${targetLocale}" datatype="${datatypeOf(file)}">`,
      '    <body>',
    );
    for (const unit of units) {
      const target = targetOf(unit.id);
      lines.push(`      <trans-unit id="${escapeXmlAttribute(unit.id)}">`, `        <source>${unit.source}</source>`);
      lines.push(
        target
          ? `        <target state="${target.state}">${target.text}</target>`
          : '        <target state="new"></target>',
      );
      for (const note of [unit.note, target?.note]) if (note) lines.push(`        <note>${escapeXml(note)}</note>`);
      if (locations)
        lines.push(
          '        <context-group purpose="location">',
          `          <context context-type="sourcefile">${escapeXml(file)}</context>`,
          `          <context context-type="linenumber">${unit.line}</context>`,
          '        </context-group>',
        );
      lines.push('      </trans-unit>');
    }
    lines.push('    </body>', '  </file>');
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}
