import type { z } from 'zod';
import type { ContentError } from './content-error';
import { didYouMean } from './scenario-suggest';
import type { ScenarioSource, YamlPath } from './scenario-yaml';

/** Every field name the format knows, for "did you mean" hints on typos. */
const FIELDS = [
  'id',
  'title',
  'module',
  'channel',
  'situation',
  'customer',
  'name',
  'role',
  'mood',
  'start',
  'scenes',
  'narration',
  'replies',
  'text',
  'band',
  'feedback',
  'next',
  'endings',
  'debrief',
];

const MISSING_HINTS: Record<string, string> = {
  feedback: 'reply without feedback: every reply needs feedback that tells the learner why it works, or why not',
  text: 'missing text: write what the learner says',
  band: 'missing band: choose misery, mediocrity or wow',
  next: 'missing next: name the scene or ending this reply leads to',
  replies: 'missing replies: list the replies the learner can choose',
  customer: 'missing customer: give what the customer says',
  debrief: 'missing debrief: say what happened and why',
};

function valueAt(data: unknown, path: YamlPath): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The id of the innermost scene, reply or ending around `path`, so a message names what it is about. */
function idAround(data: unknown, path: YamlPath): string | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const value = valueAt(data, path.slice(0, depth));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const id = (value as { id?: unknown }).id;
      if (typeof id === 'string') return id;
    }
  }
  return undefined;
}

/** Turns a schema issue into a message an author can act on, at the line where it was written. */
export function issueToError(source: ScenarioSource, issue: z.core.$ZodIssue): ContentError[] {
  const path = issue.path as YamlPath;
  const id = idAround(source.data, path);
  const base = { file: source.file, ...(id ? { id } : {}) };
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({
      ...base,
      line: source.lineOfKey(path, key),
      message: `unknown field "${key}".${didYouMean(key, FIELDS)} Field names are lowercase and spelt as in the template.`,
    }));
  const key = typeof path.at(-1) === 'string' ? String(path.at(-1)) : '';
  const value = valueAt(source.data, path);
  const line = source.lineOf(path);
  if (
    key === 'feedback' &&
    (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
  )
    return [{ ...base, line, message: MISSING_HINTS.feedback ?? '' }];
  if (value === undefined || value === null)
    return [{ ...base, line, message: MISSING_HINTS[key] ?? `missing ${key || 'value'}: this field is required` }];
  return [{ ...base, line, message: `${key || 'file'} ${issue.message}` }];
}
