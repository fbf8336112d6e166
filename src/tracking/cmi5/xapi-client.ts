import type { Cmi5Launch } from './launch-params';
import type { Statement } from './statements';

/** What came back: `status` null when the request never got an answer (offline, DNS, CORS, abort). */
export interface XapiReply {
  readonly status: number | null;
  readonly body: string;
}

export const isSuccess = (reply: XapiReply): boolean => reply.status !== null && reply.status < 300;

/**
 * Worth asking again: no answer, a server error, throttling, or a timeout. Anything else (400,
 * 403, 404, 409) the LRS will answer the same way however often it is asked.
 */
export const isTransient = (reply: XapiReply): boolean =>
  reply.status === null || reply.status >= 500 || reply.status === 429 || reply.status === 408;

/** The xAPI resources the AU uses, with the token, the version header and the launch's agent. */
export interface XapiClient {
  getState(stateId: string): Promise<XapiReply>;
  putState(stateId: string, body: string, keepalive?: boolean): Promise<XapiReply>;
  getProfile(profileId: string): Promise<XapiReply>;
  putStatement(statement: Statement, keepalive?: boolean): Promise<XapiReply>;
  postStatements(statements: readonly Statement[], keepalive?: boolean): Promise<XapiReply>;
}

/** cmi5 asks for xAPI 1.0.3; 2.0 is not yet what LRSs expect. */
const XAPI_VERSION = '1.0.3';

async function send(fetchImpl: typeof fetch, url: string, init: RequestInit): Promise<XapiReply> {
  try {
    const response = await fetchImpl(url, init);
    return { status: response.status, body: await response.text() };
  } catch {
    return { status: null, body: '' };
  }
}

export function xapiClient(fetchImpl: typeof fetch, launch: Cmi5Launch, token: string): XapiClient {
  const headers = (json: boolean): Record<string, string> => ({
    Authorization: `Basic ${token}`,
    'X-Experience-API-Version': XAPI_VERSION,
    ...(json ? { 'Content-Type': 'application/json' } : {}),
  });
  const agent = JSON.stringify(launch.actor);
  const stateUrl = (stateId: string) =>
    `${launch.endpoint}activities/state?${new URLSearchParams({
      activityId: launch.activityId,
      agent,
      registration: launch.registration,
      stateId,
    })}`;
  return {
    getState: (stateId) => send(fetchImpl, stateUrl(stateId), { method: 'GET', headers: headers(false) }),
    putState: (stateId, body, keepalive = false) =>
      send(fetchImpl, stateUrl(stateId), { method: 'PUT', headers: headers(true), body, keepalive }),
    getProfile: (profileId) =>
      send(fetchImpl, `${launch.endpoint}agents/profile?${new URLSearchParams({ agent, profileId })}`, {
        method: 'GET',
        headers: headers(false),
      }),
    // PUT with the statement's own id: a resend after a lost answer is stored once (xAPI 2.1.3).
    putStatement: (statement, keepalive = false) =>
      send(fetchImpl, `${launch.endpoint}statements?${new URLSearchParams({ statementId: statement.id })}`, {
        method: 'PUT',
        headers: headers(true),
        body: JSON.stringify(statement),
        keepalive,
      }),
    postStatements: (statements, keepalive = false) =>
      send(fetchImpl, `${launch.endpoint}statements`, {
        method: 'POST',
        headers: headers(true),
        body: JSON.stringify(statements),
        keepalive,
      }),
  };
}

export type FetchedToken =
  { readonly ok: true; readonly token: string } | { readonly ok: false; readonly reason: string };

/** POSTs to the one-time fetch URL (8.2): the token, or why there is none (a second use answers error-code 1). */
export async function fetchAuthToken(fetchImpl: typeof fetch, fetchUrl: string): Promise<FetchedToken> {
  const reply = await send(fetchImpl, fetchUrl, { method: 'POST' });
  if (!isSuccess(reply)) return { ok: false, reason: `the fetch URL answered ${reply.status ?? 'nothing'}` };
  try {
    const answer = JSON.parse(reply.body) as Record<string, unknown>;
    const token = answer['auth-token'];
    if (typeof token === 'string' && token !== '') return { ok: true, token };
    const text = typeof answer['error-text'] === 'string' ? answer['error-text'] : '';
    return { ok: false, reason: `fetch error ${JSON.stringify(answer['error-code'])}: ${text}` };
  } catch {
    return { ok: false, reason: 'the fetch URL did not answer JSON' };
  }
}
