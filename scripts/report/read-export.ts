import { readFileSync } from 'node:fs';
import { ExportError, type ReadExport } from './answers';
import { firstLineOf } from './csv';
import { looksLikeGenericCsv, readGenericCsv } from './read-generic';
import { looksLikeMoodle, readMoodle } from './read-moodle';
import { readXapi } from './read-xapi';

/** Reads an export of any supported format, told apart by its content, never its file name. */
export function readExportText(text: string, file: string): ReadExport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.slice(0, 1024).trimStart()[0];
  if (first === '[' || first === '{') return readXapi(body, file);
  const header = firstLineOf(body);
  if (looksLikeMoodle(header)) return readMoodle(body, file);
  if (looksLikeGenericCsv(header)) return readGenericCsv(body, file);
  throw new ExportError(
    `${file}:1: not a format the report reads. Expected Moodle's SCORM Interactions report download ` +
      '(columns "Attempt", "Question 0", "Response 0", …), a CSV with columns learner, interaction, response, result, ' +
      'or xAPI statements as JSON',
  );
}

export function readExportFile(file: string): ReadExport {
  return readExportText(readFileSync(file, 'utf8'), file);
}
