import type { LrsCore } from './lrs-core';
import { json, text } from './responses';
import type { LrsResponse } from './types';

/**
 * The cmi5 fetch URL (section 8.2): a POST hands out the auth token once; any later POST answers
 * 200 with error-code 1 (8.2.3.0-1: never the token twice). Unknown ids get error-code 2.
 */
export function handleFetch(core: LrsCore, method: string, fetchId: string): LrsResponse {
  if (method !== 'POST') return text(405, 'The cmi5 fetch URL answers POST only.', { allow: 'POST' });
  const session = core.sessions.byFetchId(fetchId);
  if (!session) return json(200, { 'error-code': '2', 'error-text': 'Unknown fetch URL.' });
  if (session.fetched) {
    return json(200, { 'error-code': '1', 'error-text': 'This fetch URL has already handed out its token.' });
  }
  session.fetched = true;
  return json(200, { 'auth-token': session.authToken });
}
