/** What a question was, whichever export it came from. */
export type Question =
  | { readonly kind: 'check'; readonly checkId: string }
  | { readonly kind: 'scene'; readonly scenarioId: string; readonly sceneId: string };

/** One answer as an LMS or LRS export holds it, before it is matched against the course. */
export interface RecordedAnswer {
  /** Who answered: a stable key (an account, an e-mail address, a name with identity fields). */
  readonly learner: string;
  readonly question: Question;
  /** The chosen option or reply ids as written: ids, SCORM 2004 short identifiers or SCORM 1.2 letters. */
  readonly response: readonly string[];
  /** The recorded judgement, as the export words it: correct, incorrect, wrong, neutral, true, false; or null. */
  readonly result: string | null;
  /** The LMS attempt (Moodle); 1 where the export has none. */
  readonly attempt: number;
  /** When, in epoch milliseconds, if the export says. */
  readonly at: number | null;
  /** Where it was read, for messages ("file:line"); the file name is shared by every answer of a file. */
  readonly file: string;
  readonly line: number;
}

/** "file:line", for messages about one answer. */
export const whereOf = (answer: Pick<RecordedAnswer, 'file' | 'line'>): string => `${answer.file}:${answer.line}`;

/** What one export file gave. */
export interface ReadExport {
  readonly format: ExportFormat;
  readonly answers: readonly RecordedAnswer[];
  /** Rows or statements that are not answers to this course's questions (other activities, other verbs). */
  readonly skipped: number;
}

export type ExportFormat = 'moodle' | 'generic-csv' | 'xapi';

export const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = {
  moodle: 'Moodle SCORM interactions report',
  'generic-csv': 'CSV of learner, interaction, response, result',
  xapi: 'xAPI statements (JSON)',
};

/** A file that cannot be read as it claims to be; the message starts with the file and line. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

/**
 * The question an interaction id names: `check.<checkId>` or `scenario.<scenarioId>.<sceneId>`,
 * as src/tracking/interaction-report.ts writes them. Null for anything else.
 */
export function questionOfInteractionId(id: string): Question | null {
  const check = /^check\.(.+)$/.exec(id);
  if (check?.[1]) return { kind: 'check', checkId: check[1] };
  const scene = /^scenario\.([^.]+)\.(.+)$/.exec(id);
  if (scene?.[1] && scene[2]) return { kind: 'scene', scenarioId: scene[1], sceneId: scene[2] };
  return null;
}

/** A response split into its choices: SCORM 2004 and xAPI join them with "[,]", SCORM 1.2 with ",". */
export function responseTokens(response: string): string[] {
  const tidy = response.trim();
  if (tidy === '') return [];
  return (tidy.includes('[,]') ? tidy.split('[,]') : tidy.split(',')).map((t) => t.trim()).filter(Boolean);
}
