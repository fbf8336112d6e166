import { ExportError, responseTokens, type Question, type ReadExport, type RecordedAnswer } from './answers';

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
/** The band extension ends so whatever the course id (docs/tracking.md, "The band extension"). */
const BAND_EXTENSION = /\/xapi\/band$/;

type Json = Record<string, unknown>;
const record = (value: unknown): Json | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The question an answered statement's object id names (`…/roleplay/<id>/scene/<id>` or `…/check/<id>`). */
export function questionOfObjectId(id: string): Question | null {
  const scene = /\/roleplay\/([^/]+)\/scene\/([^/?#]+)$/.exec(id);
  if (scene?.[1] && scene[2])
    return { kind: 'scene', scenarioId: decodeURIComponent(scene[1]), sceneId: decodeURIComponent(scene[2]) };
  const check = /\/check\/([^/?#]+)$/.exec(id);
  if (check?.[1]) return { kind: 'check', checkId: decodeURIComponent(check[1]) };
  return null;
}

/** Who the actor is, by the one inverse functional identifier xAPI allows. */
function learnerOf(actor: Json | null): string | null {
  if (!actor) return null;
  const account = record(actor.account);
  if (account && text(account.name)) return `${text(account.homePage) ?? ''}::${text(account.name)}`;
  return text(actor.mbox) ?? text(actor.mbox_sha1sum) ?? text(actor.openid);
}

interface Span {
  readonly line: number;
  readonly start: number;
  end: number;
}

/**
 * Where each object at `listDepth` starts and ends (its line and offsets), found by walking the
 * JSON text: so a malformed statement is named by its line, as a CSV row is.
 */
function objectSpans(source: string, listDepth: number): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source.charCodeAt(i);
    if (c === 10) line += 1;
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (depth === listDepth && c === 123) spans.push({ line, start: i, end: source.length });
      depth += 1;
    } else if (c === 125 || c === 93) {
      depth -= 1;
      const last = spans.at(-1);
      if (depth === listDepth && c === 125 && last) last.end = i + 1;
    }
  }
  return spans;
}

/** The line of a JSON syntax error: the first statement that does not parse on its own, else line 1. */
function lineOfSyntaxError(source: string): number {
  const listDepth = source.trimStart().startsWith('[') ? 1 : 2;
  for (const span of objectSpans(source, listDepth)) {
    try {
      JSON.parse(source.slice(span.start, span.end));
    } catch {
      return span.line;
    }
  }
  return 1;
}

/**
 * xAPI statements as an LRS exports them: a JSON array, or a page of a statements query
 * ({"statements": [...], "more": ...}). Only `answered` statements about this course's role-play
 * scenes and knowledge checks are answers; everything else (initialized, terminated, voided, other
 * courses) is skipped. The course sends them as docs/tracking.md describes.
 */
export function readXapi(source: string, file: string): ReadExport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new ExportError(`${file}:${lineOfSyntaxError(source)}: not JSON (${(error as Error).message.slice(0, 120)})`);
  }
  const page = record(parsed);
  const list = Array.isArray(parsed) ? parsed : page && Array.isArray(page.statements) ? page.statements : null;
  if (!list) throw new ExportError(`${file}:1: neither a list of statements nor an object with "statements"`);
  // An array's statements sit at depth 1; a page's, inside "statements", at depth 2.
  const lines = objectSpans(source, Array.isArray(parsed) ? 1 : 2).map((span) => span.line);
  const answers: RecordedAnswer[] = [];
  let skipped = 0;
  list.forEach((value: unknown, index) => {
    const where = `${file}:${lines[index] ?? 1}`;
    const statement = record(value);
    if (!statement) throw new ExportError(`${where}: statement ${index + 1} is not an object`);
    const verb = text(record(statement.verb)?.id);
    const objectId = text(record(statement.object)?.id);
    if (verb !== ANSWERED || !objectId) {
      skipped += 1;
      return;
    }
    const question = questionOfObjectId(objectId);
    if (!question) {
      skipped += 1;
      return;
    }
    const learner = learnerOf(record(statement.actor));
    if (!learner) throw new ExportError(`${where}: the actor has no account, mbox or openid`);
    const result = record(statement.result);
    const response = text(result?.response);
    if (response === null) throw new ExportError(`${where}: an answered statement without result.response`);
    const band = Object.entries(record(result?.extensions) ?? {}).find(([key]) => BAND_EXTENSION.test(key))?.[1];
    const success = result?.success;
    const stamp = text(statement.timestamp) ?? text(statement.stored);
    const at = stamp === null ? null : Date.parse(stamp);
    if (at !== null && Number.isNaN(at)) throw new ExportError(`${where}: the timestamp "${stamp}" is not a date`);
    answers.push({
      learner,
      question,
      // xAPI joins a choice interaction's responses with "[,]".
      response: question.kind === 'scene' ? [response.trim()] : responseTokens(response),
      result:
        typeof band === 'string' ? band : typeof success === 'boolean' ? (success ? 'correct' : 'incorrect') : null,
      attempt: 1,
      at,
      file,
      line: lines[index] ?? 1,
    });
  });
  return { format: 'xapi', answers, skipped };
}
