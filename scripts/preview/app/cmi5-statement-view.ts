/** One row of the cmi5 statement list: what a tester needs to read at a glance. */
export interface StatementRow {
  readonly id: string;
  readonly time: string;
  readonly verb: string;
  readonly object: string;
  readonly result: string;
}

export interface ViolationRow {
  readonly requirement: string;
  readonly message: string;
  readonly verb: string;
}

type Json = Record<string, unknown>;

const asRecord = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const firstValue = (map: unknown): string | undefined => {
  const values = Object.values(asRecord(map));
  return typeof values[0] === 'string' ? values[0] : undefined;
};
/** Any JSON value as text: strings as they are, the rest as JSON. */
const text = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
const lastSegment = (iri: string): string => iri.split('/').filter(Boolean).pop() ?? iri;

export function statementRow(statement: Json, activityId: string | null): StatementRow {
  const verb = asRecord(statement['verb']);
  const object = asRecord(statement['object']);
  const objectId = typeof object['id'] === 'string' ? object['id'] : '';
  const name = firstValue(asRecord(object['definition'])['name']);
  // Objects under the AU's activity id read best as the path after it (roleplay/…/scene/…).
  const relative = activityId && objectId.startsWith(`${activityId}/`) ? objectId.slice(activityId.length + 1) : null;
  return {
    id: text(statement['id']),
    time: text(statement['timestamp']).replace(/^.*T(\d\d:\d\d:\d\d).*$/, '$1'),
    verb: firstValue(verb['display']) ?? lastSegment(text(verb['id'])),
    object: relative ?? (objectId === activityId ? 'the AU' : (name ?? objectId)),
    result: resultText(asRecord(statement['result'])),
  };
}

function resultText(result: Json): string {
  const parts: string[] = [];
  if (result['response'] !== undefined) parts.push(`response ${text(result['response'])}`);
  if (typeof result['success'] === 'boolean') parts.push(result['success'] ? 'success' : 'no success');
  if (result['completion'] === true) parts.push('complete');
  const scaled = asRecord(result['score'])['scaled'];
  if (typeof scaled === 'number') parts.push(`score ${scaled}`);
  if (typeof result['duration'] === 'string') parts.push(result['duration']);
  for (const [iri, value] of Object.entries(asRecord(result['extensions']))) {
    parts.push(`${lastSegment(iri)} ${text(value)}`);
  }
  return parts.join(', ');
}

export function violationRow(violation: Json): ViolationRow {
  return {
    requirement: text(violation['requirement']),
    message: text(violation['message']),
    verb: lastSegment(text(violation['verb'])),
  };
}
