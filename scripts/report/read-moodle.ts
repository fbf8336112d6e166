import { ExportError, questionOfInteractionId, responseTokens, type ReadExport, type RecordedAnswer } from './answers';
import { eachDelimitedRow, firstLineOf, guessDelimiter, type CsvRow } from './csv';

/**
 * Moodle's SCORM "Interactions report" download (mod/scorm/report/interactions): one row per
 * learner and attempt. User columns come first ("Name", then the site's identity fields such as
 * "Email address"), then "Attempt", "Started on", "Last accessed on", "Score", one column per SCO,
 * then for each interaction n from 0 the columns the teacher ticked: "Question n" (the interaction
 * id), "Response n" (student_response), "Right answer n", "Result n". Its "CSV" download is
 * tab-separated; every value went through Moodle's s(), so it is HTML-escaped.
 */
export const MOODLE_COLUMNS = {
  attempt: 'Attempt',
  question: /^Question (\d+)$/,
  response: /^Response (\d+)$/,
  result: /^Result (\d+)$/,
} as const;

/** True when the header row is the interactions report's. */
export function looksLikeMoodle(headerLine: string): boolean {
  return /(^|[\t,;])"?Response \d+"?([\t,;]|$)/.test(headerLine) && /(^|[\t,;])"?Attempt"?([\t,;]|$)/.test(headerLine);
}

/** Moodle's s() undone: the report escapes &, <, >, " and ' in every value. */
export function unescapeMoodle(value: string): string {
  // Most cells hold no entity at all: skip the replacements for them (a large export has millions of cells).
  if (!value.includes('&')) return value.trim();
  return value
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

interface InteractionColumns {
  question?: number;
  response?: number;
  result?: number;
}

export function readMoodle(text: string, file: string): ReadExport {
  let layout: MoodleLayout | null = null;
  const answers: RecordedAnswer[] = [];
  let skipped = 0;
  eachDelimitedRow(text, guessDelimiter(firstLineOf(text)), file, (row) => {
    if (!layout) layout = layoutOf(row, file);
    else skipped += readRow(row, layout, file, answers);
  });
  if (!layout) throw new ExportError(`${file}:1: the file is empty`);
  return { format: 'moodle', answers, skipped };
}

interface MoodleLayout {
  readonly width: number;
  readonly attemptColumn: number;
  /** Interaction numbers in order, each with its columns. */
  readonly interactions: readonly (readonly [number, InteractionColumns])[];
}

function layoutOf(header: CsvRow, file: string): MoodleLayout {
  const headings = header.fields.map((h) => h.trim());
  const attemptColumn = headings.indexOf(MOODLE_COLUMNS.attempt);
  if (attemptColumn < 1) throw new ExportError(`${file}:${header.line}: no "Attempt" column after the learner's name`);
  const interactions = new Map<number, InteractionColumns>();
  headings.forEach((heading, column) => {
    for (const kind of ['question', 'response', 'result'] as const) {
      const match = MOODLE_COLUMNS[kind].exec(heading);
      if (!match) continue;
      const n = Number(match[1]);
      interactions.set(n, { ...interactions.get(n), [kind]: column });
    }
  });
  if (![...interactions.values()].some((c) => c.question !== undefined))
    throw new ExportError(
      `${file}:${header.line}: no "Question n" columns. In Moodle's Interactions report, tick "Summary of question" ` +
        '(and "Summary of responses" and "Summary of result") under the report options, then download again',
    );
  return { width: headings.length, attemptColumn, interactions: [...interactions].sort((a, b) => a[0] - b[0]) };
}

/** The answers of one learner's attempt, added to `into`; returns how many interactions were not this course's. */
function readRow(row: CsvRow, layout: MoodleLayout, file: string, into: RecordedAnswer[]): number {
  if (row.fields.length !== layout.width)
    throw new ExportError(`${file}:${row.line}: ${row.fields.length} columns, but the header has ${layout.width}`);
  const cell = (column: number | undefined) => (column === undefined ? '' : unescapeMoodle(row.fields[column] ?? ''));
  const attemptText = cell(layout.attemptColumn);
  if (attemptText === '-' || attemptText === '') return 0; // a learner with no attempt yet
  const attempt = Number(attemptText);
  if (!Number.isInteger(attempt) || attempt < 1)
    throw new ExportError(`${file}:${row.line}: the attempt "${attemptText}" is not a whole number`);
  // The learner is everything Moodle prints before the attempt: the name and identity fields.
  const learner = row.fields.slice(0, layout.attemptColumn).map(unescapeMoodle).join(' | ');
  let skipped = 0;
  for (const [, columns] of layout.interactions) {
    const id = cell(columns.question);
    if (id === '') continue;
    const question = questionOfInteractionId(id);
    if (!question) {
      skipped += 1;
      continue;
    }
    const result = cell(columns.result);
    into.push({
      learner,
      question,
      response: responseTokens(cell(columns.response)),
      result: result === '' ? null : result,
      attempt,
      // Interactions are numbered in the order the course journaled them; the row has no times.
      at: null,
      file,
      line: row.line,
    });
  }
  return skipped;
}
