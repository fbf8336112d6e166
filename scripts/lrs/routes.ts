import { handleAgentProfile, handleState } from './documents-route';
import { handleFetch } from './fetch-route';
import type { LrsCore } from './lrs-core';
import { CORS_HEADERS, json, text } from './responses';
import type { Rule } from './rules/check-statement';
import { handleStatements } from './statements-route';
import type { LrsRequest, LrsResponse } from './types';

/** Dispatches one request under baseUrl to its route; checks version and auth on xAPI routes. */
export function route(core: LrsCore, rules: readonly Rule[], raw: LrsRequest): LrsResponse {
  const request = { ...raw, method: raw.method.toUpperCase(), headers: lowerCaseKeys(raw.headers) };
  const url = new URL(request.url, core.baseUrl);
  const root = new URL(core.baseUrl).pathname.replace(/\/$/, '');
  if (!url.pathname.startsWith(root + '/')) return text(404, 'Not under the LRS root.');
  const path = url.pathname.slice(root.length);
  if (request.method === 'OPTIONS') return { status: 204, headers: { ...CORS_HEADERS }, body: '' };

  const fetchMatch = /^\/fetch\/([^/]+)$/.exec(path);
  if (fetchMatch?.[1]) return handleFetch(core, request.method, fetchMatch[1]);
  if (!path.startsWith('/xapi/')) return text(404, 'No such route.');
  const resource = path.slice('/xapi/'.length).replace(/\/$/, '');
  if (resource === 'about') return json(200, { version: ['1.0.3', '1.0.2', '1.0.1', '1.0.0'] });

  if (!/^1\.0(\.\d+)?$/.test(request.headers['x-experience-api-version'] ?? '')) {
    return text(400, 'X-Experience-API-Version 1.0.x is required.');
  }
  const session = core.sessions.byAuthorization(request.headers['authorization']);
  if (!session) return text(401, 'Authorization: Basic <token from the cmi5 fetch URL> is required.');

  switch (resource) {
    case 'statements':
      return handleStatements(core, rules, request, url.searchParams, session);
    case 'activities/state':
      if (session.ended && request.method !== 'GET') return afterEnded(core, request.method, session.ended);
      return handleState(core, request, url.searchParams);
    case 'agents/profile':
      return handleAgentProfile(core, request, url.searchParams);
    default:
      return text(404, 'No such xAPI resource.');
  }
}

/** cmi5 8.1.2.0-2 (d): the token ends with the session; writing state after it ended is refused. */
function afterEnded(core: LrsCore, method: string, ended: 'terminated' | 'abandoned'): LrsResponse {
  core.violations.push({ requirement: '8.1.2.0-2 (d)', message: `State ${method} after the session ${ended}.` });
  return text(403, `The session has ${ended}.`);
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
