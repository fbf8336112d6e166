import { createLrs, lrsFetch, type LaunchOptions, type Lrs, type Statement } from '../../scripts/lrs/index';

/** Test support: drives the local LRS the way a cmi5 AU does, over fetch, with a fixed clock. */
export const BASE = 'http://127.0.0.1:4173/lrs';
export const NOW = Date.parse('2026-01-05T10:00:00Z');
export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
export const PUBLISHER_ID = 'https://example.org/moments-of-truth/au';

export function newTestLrs(): Lrs {
  let n = 0;
  return createLrs({
    baseUrl: BASE,
    now: () => NOW,
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
}

interface LaunchData {
  contextTemplate: { contextActivities: { grouping: { id: string }[] }; extensions: Record<string, string> };
  masteryScore?: number;
}

export interface AuSession {
  registration: string;
  activityId: string;
  /** A statement as a correct AU builds it: the verb, the AU as object, context from the template. */
  statement(verb: keyof typeof VERBS, result?: Record<string, unknown>): Statement;
  /** PUT ?statementId as the AU's queue does; answers the HTTP status. */
  send(statement: Statement): Promise<number>;
  post(body: unknown): Promise<Response>;
  headers: Record<string, string>;
  stateUrl(stateId: string): string;
}

let statementCounter = 0;

/** Launches, fetches the token and reads LMS.LaunchData, as an AU's start-up does. */
export async function startAuSession(lrs: Lrs, options: Partial<LaunchOptions> = {}): Promise<AuSession> {
  const fetcher = lrsFetch(lrs);
  const launch = lrs.launch({ auUrl: '/courses/en-GB/index.html', publisherId: PUBLISHER_ID, ...options });
  const query = new URLSearchParams(launch.url.split('?')[1]);
  const actor = JSON.parse(query.get('actor') ?? '{}') as Record<string, unknown>;
  const token = ((await (await fetcher(launch.fetchUrl, { method: 'POST' })).json()) as { 'auth-token': string })[
    'auth-token'
  ];
  const headers = {
    Authorization: `Basic ${token}`,
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
  };
  const stateUrl = (stateId: string): string =>
    `${BASE}/xapi/activities/state?${new URLSearchParams({
      activityId: launch.activityId,
      agent: JSON.stringify(actor),
      registration: launch.registration,
      stateId,
    }).toString()}`;
  const launchData = (await (await fetcher(stateUrl('LMS.LaunchData'), { headers })).json()) as LaunchData;
  const template = launchData.contextTemplate;

  const statement = (verb: keyof typeof VERBS, result?: Record<string, unknown>): Statement => {
    const defined = verb !== 'answered';
    const judged = verb === 'completed' || verb === 'passed' || verb === 'failed';
    const category = [...(defined ? [{ id: CMI5_CATEGORY }] : []), ...(judged ? [{ id: MOVE_ON_CATEGORY }] : [])];
    const extensions = {
      ...template.extensions,
      ...((verb === 'passed' || verb === 'failed') && launchData.masteryScore !== undefined
        ? { [MASTERY_EXTENSION]: launchData.masteryScore }
        : {}),
    };
    return {
      id: `10000000-0000-4000-8000-${String(++statementCounter).padStart(12, '0')}`,
      actor,
      verb: { id: VERBS[verb], display: { 'en-GB': verb } },
      object: defined
        ? { id: launch.activityId, objectType: 'Activity' }
        : { id: `${launch.activityId}/roleplay/r1/scene/s1`, objectType: 'Activity' },
      ...(result ? { result } : {}),
      context: {
        registration: launch.registration,
        contextActivities: { ...template.contextActivities, ...(category.length > 0 ? { category } : {}) },
        extensions,
      },
      timestamp: new Date(NOW).toISOString(),
    };
  };
  return {
    registration: launch.registration,
    activityId: launch.activityId,
    statement,
    headers,
    stateUrl,
    send: async (s) =>
      (
        await fetcher(`${BASE}/xapi/statements?statementId=${String(s.id)}`, {
          method: 'PUT',
          headers,
          body: JSON.stringify(s),
        })
      ).status,
    post: (body) => fetcher(`${BASE}/xapi/statements`, { method: 'POST', headers, body: JSON.stringify(body) }),
  };
}
