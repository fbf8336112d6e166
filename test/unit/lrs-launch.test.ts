import { describe, expect, it } from 'vitest';
import { createLrs, lrsFetch, lrsRouteHandler } from '../../scripts/lrs/index';
import { startStaticServer } from '../../scripts/serve/static-server';

const BASE = 'http://127.0.0.1:4173/lrs';
const NOW = Date.parse('2026-01-05T10:00:00Z');

function counterIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

function newLrs() {
  return createLrs({ baseUrl: BASE, now: () => NOW, newId: counterIds() });
}

const XAPI = { 'X-Experience-API-Version': '1.0.3' };

describe('local LRS launcher', () => {
  it('appends the cmi5 launch parameters after the AU url’s own query string', () => {
    const lrs = newLrs();
    const launch = lrs.launch({
      auUrl: '/courses/en-GB/index.html?debug=1',
      masteryScore: 0.8,
      moveOn: 'CompletedAndPassed',
    });
    const [path, query] = launch.url.split('?');
    expect(path).toBe('/courses/en-GB/index.html');
    const params = new URLSearchParams(query);
    expect(params.get('debug')).toBe('1');
    expect(params.get('endpoint')).toBe(`${BASE}/xapi/`);
    expect(params.get('fetch')).toBe(launch.fetchUrl);
    expect(params.get('registration')).toBe(launch.registration);
    expect(params.get('activityId')).toBe(launch.activityId);
    expect(JSON.parse(params.get('actor') ?? '{}')).toMatchObject({ account: { homePage: 'http://127.0.0.1:4173' } });
  });

  it('records the LMS’s launched statement with launch mode, url, moveOn and mastery score', () => {
    const lrs = newLrs();
    const launch = lrs.launch({ auUrl: '/courses/en-GB/index.html', masteryScore: 0.8, moveOn: 'Passed' });
    const [launched] = lrs.statements();
    expect(launched).toMatchObject({
      verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
      object: { id: launch.activityId },
      context: {
        registration: launch.registration,
        extensions: {
          'https://w3id.org/xapi/cmi5/context/extensions/sessionid': launch.sessionId,
          'https://w3id.org/xapi/cmi5/context/extensions/launchmode': 'Normal',
          'https://w3id.org/xapi/cmi5/context/extensions/launchurl': 'http://127.0.0.1:4173/courses/en-GB/index.html',
          'https://w3id.org/xapi/cmi5/context/extensions/moveon': 'Passed',
          'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8,
        },
      },
      stored: '2026-01-05T10:00:00.000Z',
    });
  });
});

describe('local LRS over fetch, as an AU calls it', () => {
  async function fetchToken(fetcher: typeof fetch, fetchUrl: string): Promise<string> {
    const answer = (await (await fetcher(fetchUrl, { method: 'POST' })).json()) as Record<string, string>;
    return answer['auth-token'] ?? '';
  }

  it('hands the token out once; the second POST answers 200 with error-code 1', async () => {
    const lrs = newLrs();
    const fetcher = lrsFetch(lrs);
    const { fetchUrl } = lrs.launch({ auUrl: '/au/index.html' });
    const first = await fetcher(fetchUrl, { method: 'POST' });
    expect(first.status).toBe(200);
    expect(await first.json()).toHaveProperty('auth-token');
    const second = await fetcher(new Request(fetchUrl, { method: 'POST' }));
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({ 'error-code': '1' });
  });

  it('answers 401 without a fetched token and 400 without the version header', async () => {
    const lrs = newLrs();
    const fetcher = lrsFetch(lrs);
    lrs.launch({ auUrl: '/au/index.html' });
    expect((await fetcher(`${BASE}/xapi/statements`, { headers: XAPI })).status).toBe(401);
    expect((await fetcher(`${BASE}/xapi/statements`)).status).toBe(400);
    expect((await fetcher(`${BASE}/xapi/about`)).status).toBe(200);
  });

  it('serves LMS.LaunchData with the context template, and the learner preferences', async () => {
    const lrs = newLrs();
    const fetcher = lrsFetch(lrs);
    const launch = lrs.launch({
      auUrl: '/au/index.html',
      publisherId: 'https://example.org/course/au-1',
      masteryScore: 0.7,
      moveOn: 'CompletedAndPassed',
      returnURL: '/done',
      languagePreference: 'es,en-GB',
      launchMode: 'Browse',
    });
    const token = await fetchToken(fetcher, launch.fetchUrl);
    const actor = new URLSearchParams(launch.url.split('?')[1]).get('actor') ?? '';
    const headers = { ...XAPI, Authorization: `Basic ${token}` };
    const state = new URL(`${BASE}/xapi/activities/state`);
    state.search = new URLSearchParams({
      activityId: launch.activityId,
      agent: actor,
      registration: launch.registration,
      stateId: 'LMS.LaunchData',
    }).toString();
    const launchData = (await (await fetcher(state, { headers })).json()) as unknown;
    expect(launchData).toEqual({
      contextTemplate: {
        contextActivities: { grouping: [{ id: 'https://example.org/course/au-1' }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': launch.sessionId },
      },
      launchMode: 'Browse',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.7,
      returnURL: '/done',
    });
    expect((await fetcher(state, { method: 'PUT', headers, body: '{}' })).status).toBe(403);
    expect(lrs.violations().map((v) => v.requirement)).toEqual(['10.2.1.0-5 (d)']);

    const profile = `${BASE}/xapi/agents/profile?${new URLSearchParams({ agent: actor, profileId: 'cmi5LearnerPreferences' })}`;
    expect(await (await fetcher(profile, { headers: new Headers(headers) })).json()).toMatchObject({
      languagePreference: 'es,en-GB',
    });
  });

  it('keeps saved state per registration and merges a POST', async () => {
    const lrs = newLrs();
    const fetcher = lrsFetch(lrs);
    const launch = lrs.launch({ auUrl: '/au/index.html' });
    const token = await fetchToken(fetcher, launch.fetchUrl);
    const actor = new URLSearchParams(launch.url.split('?')[1]).get('actor') ?? '';
    const headers = { ...XAPI, Authorization: `Basic ${token}`, 'Content-Type': 'application/json' };
    const query = new URLSearchParams({
      activityId: launch.activityId,
      agent: actor,
      registration: launch.registration,
      stateId: 'progress',
    });
    const url = `${BASE}/xapi/activities/state?${query}`;
    expect((await fetcher(url, { method: 'PUT', headers, body: '{"page":3}' })).status).toBe(204);
    expect((await fetcher(url, { method: 'POST', headers, body: '{"score":1}', keepalive: true })).status).toBe(204);
    expect(await (await fetcher(url, { headers })).json()).toEqual({ page: 3, score: 1 });
    await expect(fetcher(url, { method: 'PUT', headers, body: 'x'.repeat(70_000), keepalive: true })).rejects.toThrow(
      TypeError,
    );
  });
});

describe('local LRS on the static server', () => {
  it('answers a CORS preflight and a cross-origin fetch POST', async () => {
    // The adapter resolves request paths against the LRS root, so the LRS may name any origin.
    const lrs = newLrs();
    const live = await startStaticServer({}, { handlers: [lrsRouteHandler(lrs, '/lrs')] });
    try {
      const launch = lrs.launch({ auUrl: '/au/index.html' });
      const preflight = await fetch(`${live.url}/lrs/xapi/statements`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://127.0.0.1:9999', 'Access-Control-Request-Method': 'PUT' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-Experience-API-Version/i);
      const fetchPath = new URL(launch.fetchUrl).pathname;
      const answer = await fetch(`${live.url}${fetchPath}`, { method: 'POST', body: '' });
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(await answer.json()).toHaveProperty('auth-token');
    } finally {
      await live.close();
    }
  });
});
