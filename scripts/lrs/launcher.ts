import { EXTENSION, LAUNCH_DATA_STATE_ID, LEARNER_PREFERENCES_PROFILE_ID, VERB } from './cmi5-iris';
import { abandon, lmsStatement } from './lms-statements';
import type { LrsCore } from './lrs-core';
import type { Actor, Launch, LaunchOptions, Session } from './types';
import { agentKey } from './agent-key';
import { DocumentStore } from './document-store';

/**
 * What an LMS does before it opens an AU (cmi5 sections 8, 10, 11): a session, its one-time fetch
 * URL, the LMS.LaunchData state document, the learner's preferences, and the `launched` statement.
 */
export function launch(core: LrsCore, options: LaunchOptions): Launch {
  const lrsOrigin = new URL(core.baseUrl).origin;
  const absoluteAuUrl = new URL(options.auUrl, core.baseUrl);
  const auUrlWithoutQuery = absoluteAuUrl.origin + absoluteAuUrl.pathname;
  const activityId = options.activityId ?? `${core.baseUrl}/activities${absoluteAuUrl.pathname}`;
  const actor: Actor = options.actor ?? {
    name: 'Preview Learner',
    account: { homePage: lrsOrigin, name: 'preview-learner' },
  };
  const session: Session = {
    sessionId: core.newId(),
    registration: options.registration ?? core.newId(),
    activityId,
    publisherId: options.publisherId ?? auUrlWithoutQuery,
    actor,
    launchMode: options.launchMode ?? 'Normal',
    moveOn: options.moveOn ?? 'NotApplicable',
    ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
    fetchTokenId: core.newId(),
    authToken: Buffer.from(`lrs:${core.newId()}`).toString('base64'),
    fetched: false,
    ended: null,
    launchedAt: core.now(),
  };
  // cmi5 9.3.6.0-1: a session of this registration left open (the AU never sent terminated) ends abnormally.
  for (const open of core.sessions.open(session.registration, activityId)) abandon(core, open);
  core.sessions.add(session);

  const contextTemplate = {
    contextActivities: { grouping: [{ id: session.publisherId }] },
    extensions: { [EXTENSION.sessionId]: session.sessionId },
  };
  const launchData = {
    contextTemplate,
    launchMode: session.launchMode,
    moveOn: session.moveOn,
    ...(session.masteryScore === undefined ? {} : { masteryScore: session.masteryScore }),
    ...(options.returnURL === undefined ? {} : { returnURL: options.returnURL }),
    ...(options.launchParameters === undefined ? {} : { launchParameters: options.launchParameters }),
  };
  const agent = { objectType: 'Agent', ...actor };
  const updated = new Date(core.now()).toISOString();
  core.documents.put(
    DocumentStore.key(['state', activityId, agentKey(agent), session.registration, LAUNCH_DATA_STATE_ID]),
    { contentType: 'application/json', body: JSON.stringify(launchData), updated },
  );
  core.documents.put(DocumentStore.key(['profile', agentKey(agent), LEARNER_PREFERENCES_PROFILE_ID]), {
    contentType: 'application/json',
    body: JSON.stringify({
      languagePreference: options.languagePreference ?? '',
      audioPreference: 'on',
    }),
    updated,
  });

  core.storeFromLms(
    lmsStatement(core, session, VERB.launched, {
      [EXTENSION.launchMode]: session.launchMode,
      [EXTENSION.launchUrl]: auUrlWithoutQuery,
      [EXTENSION.moveOn]: session.moveOn,
      ...(session.masteryScore === undefined ? {} : { [EXTENSION.masteryScore]: session.masteryScore }),
      ...(options.launchParameters === undefined ? {} : { [EXTENSION.launchParameters]: options.launchParameters }),
    }),
  );

  const fetchUrl = `${core.baseUrl}/fetch/${session.fetchTokenId}`;
  const params = new URLSearchParams({
    endpoint: `${core.baseUrl}/xapi/`,
    fetch: fetchUrl,
    actor: JSON.stringify(agent),
    registration: session.registration,
    activityId,
  });
  return {
    url: appendQuery(options.auUrl, params),
    registration: session.registration,
    sessionId: session.sessionId,
    activityId,
    fetchUrl,
  };
}

/** Adds the launch parameters after any query string the AU url has, keeping it relative if it was. */
function appendQuery(url: string, params: URLSearchParams): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const base = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const separator = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${separator}${params.toString()}${hash}`;
}
