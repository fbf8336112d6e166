import { ExportError, questionOfInteractionId, responseTokens, type ReadExport, type RecordedAnswer } from './answers';
import { eachDelimitedRow, firstLineOf, guessDelimiter, type CsvRow } from './csv';

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
  const firstLine = firstLineOf(text);
  let header: CsvRow | undefined;
  let columns = { learner: -1, interaction: -1, response: -1, result: -1, timestamp: -1 };
  const answers: RecordedAnswer[] = [];
  let skipped = 0;
  eachDelimitedRow(text, guessDelimiter(firstLine), file, (row) => {
    if (!header) {
      header = row;
      columns = columnsOf(row, file);
      return;
    }
    const answer = answerOf(row, header, columns, file);
    if (answer) answers.push(answer);
    else skipped += 1;
  });
  if (!header) throw new ExportError(`${file}:1: the file is empty`);
  return { format: 'generic-csv', answers, skipped };
}

type Columns = Record<'learner' | 'interaction' | 'response' | 'result' | 'timestamp', number>;

function columnsOf(header: CsvRow, file: string): Columns {
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
  return columns;
}

/** One row as an answer; null for a row about something else than this course's questions. */
function answerOf(row: CsvRow, header: CsvRow, columns: Columns, file: string): RecordedAnswer | null {
  if (row.fields.length !== header.fields.length)
    throw new ExportError(
      `${file}:${row.line}: ${row.fields.length} fields, but the header has ${header.fields.length}`,
    );
  const cell = (column: number) => (column < 0 ? '' : (row.fields[column] ?? '').trim());
  const learner = cell(columns.learner);
  if (learner === '') throw new ExportError(`${file}:${row.line}: the learner is empty`);
  const question = questionOfInteractionId(cell(columns.interaction));
  if (!question) return null;
  let at: number | null = null;
  const stamp = cell(columns.timestamp);
  if (stamp !== '') {
    at = Date.parse(stamp);
    if (Number.isNaN(at)) throw new ExportError(`${file}:${row.line}: the timestamp "${stamp}" is not a date`);
  }
  const result = cell(columns.result);
  return {
    learner,
    question,
    response: responseTokens(cell(columns.response)),
    result: result === '' ? null : result,
    attempt: 1,
    at,
    file,
    line: row.line,
  };
}
