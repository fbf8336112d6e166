import { createHash } from 'node:crypto';
import { agentKeyFromParam } from './agent-key';
import { LAUNCH_DATA_STATE_ID } from './cmi5-iris';
import { DocumentStore, type StoredDocument } from './document-store';
import type { LrsCore } from './lrs-core';
import { XAPI_HEADERS, empty, json, text } from './responses';
import type { LrsRequest, LrsResponse } from './types';

/** The xAPI State API: documents per activity, agent, optional registration and state id. */
export function handleState(core: LrsCore, request: LrsRequest, query: URLSearchParams): LrsResponse {
  const activityId = query.get('activityId');
  const agent = agentKeyFromParam(query.get('agent'));
  if (!activityId || !agent) return text(400, 'The State API needs activityId and agent.');
  const stateId = query.get('stateId');
  const scope = ['state', activityId, agent, query.get('registration') ?? undefined];
  if (stateId === LAUNCH_DATA_STATE_ID && request.method !== 'GET') {
    core.violations.push({
      requirement: '10.2.1.0-5 (d)',
      message: `The AU tried to ${request.method} LMS.LaunchData, which only the LMS writes.`,
    });
    return text(403, 'LMS.LaunchData is read-only for the AU (cmi5 10.2.1.0-5).');
  }
  return handleDocument(core, request, scope, stateId, { concurrencyRequired: false });
}

/** The xAPI Agent Profile API (cmi5 uses it for cmi5LearnerPreferences). */
export function handleAgentProfile(core: LrsCore, request: LrsRequest, query: URLSearchParams): LrsResponse {
  const agent = agentKeyFromParam(query.get('agent'));
  if (!agent) return text(400, 'The Agent Profile API needs agent.');
  return handleDocument(core, request, ['profile', agent], query.get('profileId'), { concurrencyRequired: true });
}

function handleDocument(
  core: LrsCore,
  request: LrsRequest,
  scope: readonly (string | undefined)[],
  id: string | null,
  options: { concurrencyRequired: boolean },
): LrsResponse {
  if (id === null) {
    if (request.method === 'GET') return json(200, core.documents.ids(scope));
    if (request.method === 'DELETE') {
      for (const each of core.documents.ids(scope)) core.documents.delete(DocumentStore.key([...scope, each]));
      return empty(204);
    }
    return text(400, 'A document id is required.');
  }
  const key = DocumentStore.key([...scope, id]);
  const existing = core.documents.get(key);
  if (request.method === 'GET') {
    if (!existing) return text(404, 'No such document.');
    return {
      status: 200,
      headers: {
        ...XAPI_HEADERS,
        'content-type': existing.contentType,
        etag: etag(existing),
        'last-modified': existing.updated,
      },
      body: existing.body,
    };
  }
  if (request.method === 'DELETE') {
    core.documents.delete(key);
    return empty(204);
  }
  if (request.method !== 'PUT' && request.method !== 'POST') return text(405, 'Method not allowed.');
  const precondition = checkPreconditions(
    request.headers,
    existing,
    options.concurrencyRequired && request.method === 'PUT',
  );
  if (precondition) return precondition;
  const document: StoredDocument = {
    contentType: request.headers['content-type'] ?? 'application/octet-stream',
    body: request.body ?? '',
    updated: new Date(core.now()).toISOString(),
  };
  if (request.method === 'PUT') core.documents.put(key, document);
  else if (!core.documents.merge(key, document)) return text(400, 'POST merges JSON objects only.');
  return empty(204);
}

/** xAPI 1.0.3 concurrency: If-Match / If-None-Match, and a 409 for a blind overwrite of a profile. */
function checkPreconditions(
  headers: Record<string, string>,
  existing: StoredDocument | undefined,
  required: boolean,
): LrsResponse | undefined {
  const ifMatch = headers['if-match'];
  const ifNoneMatch = headers['if-none-match'];
  if (ifMatch !== undefined && (!existing || (ifMatch !== '*' && unquote(ifMatch) !== unquote(etag(existing))))) {
    return text(412, 'If-Match does not match the stored document.');
  }
  if (ifNoneMatch === '*' && existing) return text(412, 'The document already exists.');
  if (required && existing && ifMatch === undefined && ifNoneMatch === undefined) {
    return text(409, 'The document exists; send If-Match with its ETag.');
  }
  return undefined;
}

function etag(document: StoredDocument): string {
  return `"${createHash('sha1').update(document.body).digest('hex')}"`;
}

function unquote(value: string): string {
  return value.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
}
