import { ExportError, questionOfInteractionId, responseTokens, type ReadExport, type RecordedAnswer } from './answers';
import { guessDelimiter, parseDelimited } from './csv';

/** Accepted headings (any case) of the generic CSV; timestamp is optional. */
const HEADINGS = {
  learner: ['learner', 'learner id', 'learner_id', 'user', 'student', 'student_id'],
  interaction: ['interaction', 'interaction id', 'interaction_id', 'id'],
  response: ['response', 'learner_response', 'learner response', 'student_response', 'student response'],
  result: ['result'],
  timestamp: ['timestamp', 'time', 'date'],
} as const;

type Column = keyof typeof HEADINGS;

const columnOf = (headings: readonly string[], column: Column): number =>
  headings.findIndex((h) => (HEADINGS[column] as readonly string[]).includes(h.trim().toLowerCase()));

/** True when the header row names a learner, an interaction and a response. */
export function looksLikeGenericCsv(headerLine: string): boolean {
  const headings = headerLine.split(/[\t,;]/).map((h) => h.replace(/"/g, ''));
  return (['learner', 'interaction', 'response'] as const).every((c) => columnOf(headings, c) >= 0);
}

/**
 * The simplest export an LMS or a spreadsheet can give: a header row, then one row per answer with
 * the learner, the interaction id (check.<id> or scenario.<id>.<scene>), the response and the
 * result. Rows are taken in file order unless a timestamp column orders them.
 */
export function readGenericCsv(text: string, file: string): ReadExport {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const rows = parseDelimited(text, guessDelimiter(firstLine), file);
  const header = rows[0];
  if (!header) throw new ExportError(`${file}:1: the file is empty`);
  const columns = {
    learner: columnOf(header.fields, 'learner'),
    interaction: columnOf(header.fields, 'interaction'),
    response: columnOf(header.fields, 'response'),
    result: columnOf(header.fields, 'result'),
    timestamp: columnOf(header.fields, 'timestamp'),
  };
  for (const required of ['learner', 'interaction', 'response'] as const)
    if (columns[required] < 0)
      throw new ExportError(
        `${file}:${header.line}: no "${required}" column (the header must name learner, interaction, response and, optionally, result and timestamp)`,
      );
  const answers: RecordedAnswer[] = [];
  let skipped = 0;
  for (const row of rows.slice(1)) {
    if (row.fields.length !== header.fields.length)
      throw new ExportError(
        `${file}:${row.line}: ${row.fields.length} fields, but the header has ${header.fields.length}`,
      );
    const cell = (column: number) => (column < 0 ? '' : (row.fields[column] ?? '').trim());
    const learner = cell(columns.learner);
    if (learner === '') throw new ExportError(`${file}:${row.line}: the learner is empty`);
    const id = cell(columns.interaction);
    const question = questionOfInteractionId(id);
    if (!question) {
      skipped += 1;
      continue;
    }
    let at: number | null = null;
    const stamp = cell(columns.timestamp);
    if (stamp !== '') {
      at = Date.parse(stamp);
      if (Number.isNaN(at)) throw new ExportError(`${file}:${row.line}: the timestamp "${stamp}" is not a date`);
    }
    const result = cell(columns.result);
    answers.push({
      learner,
      question,
      response: responseTokens(cell(columns.response)),
      result: result === '' ? null : result,
      attempt: 1,
      at,
      where: `${file}:${row.line}`,
    });
  }
  return { format: 'generic-csv', answers, skipped };
}
