import { AU_DEFINED_VERBS, CATEGORY, EXTENSION } from '../cmi5-iris';
import type { Session, Statement } from '../types';

/** Read-only views into a statement's JSON, tolerant of any shape (shape errors are another rule's job). */
export function verbId(statement: Statement): string | undefined {
  return stringAt(statement, ['verb', 'id']);
}

export function objectId(statement: Statement): string | undefined {
  return stringAt(statement, ['object', 'id']);
}

export function registrationOf(statement: Statement): string | undefined {
  return stringAt(statement, ['context', 'registration']);
}

export function contextExtension(statement: Statement, iri: string): unknown {
  const extensions = valueAt(statement, ['context', 'extensions']);
  return isRecord(extensions) ? extensions[iri] : undefined;
}

export function sessionIdOf(statement: Statement): unknown {
  return contextExtension(statement, EXTENSION.sessionId);
}

/** Ids in one contextActivities list (category, grouping, parent, other). */
export function contextActivityIds(statement: Statement, list: string): string[] {
  const value = valueAt(statement, ['context', 'contextActivities', list]);
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((item) => (isRecord(item) && typeof item['id'] === 'string' ? [item['id']] : []));
}

export function hasCategory(statement: Statement, iri: string): boolean {
  return contextActivityIds(statement, 'category').includes(iri);
}

export function result(statement: Statement): Record<string, unknown> | undefined {
  const value = statement['result'];
  return isRecord(value) ? value : undefined;
}

export function scaledScore(statement: Statement): number | undefined {
  const score = result(statement)?.['score'];
  return isRecord(score) && typeof score['scaled'] === 'number' ? score['scaled'] : undefined;
}

/**
 * cmi5 7.1.3: a "cmi5 defined" statement carries the cmi5 category. One of the AU's defined verbs
 * about the AU itself counts as meant to be defined, so a missing category is caught, not ignored.
 */
export function isMeantAsDefined(statement: Statement, session: Session): boolean {
  return hasCategory(statement, CATEGORY.cmi5) || usesAuDefinedVerbOnAu(statement, session);
}

/** initialized, completed, passed, failed or terminated, about the AU's own activity id. */
export function usesAuDefinedVerbOnAu(statement: Statement, session: Session): boolean {
  const verb = verbId(statement);
  return verb !== undefined && AU_DEFINED_VERBS.has(verb) && objectId(statement) === session.activityId;
}

/** A defined statement with this verb: the category is there and the verb matches. */
export function isDefinedVerb(statement: Statement, verb: string): boolean {
  return hasCategory(statement, CATEGORY.cmi5) && verbId(statement) === verb;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) value = isRecord(value) ? value[key] : undefined;
  return value;
}

function stringAt(root: unknown, path: readonly string[]): string | undefined {
  const value = valueAt(root, path);
  return typeof value === 'string' ? value : undefined;
}
