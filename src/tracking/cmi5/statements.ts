import type { CheckReport } from '../../course/progress.machine';
import type { CourseCatalog } from '../../course/catalog';
import type { ReplyChosen } from '../../scenario/scenario.machine';
import type { Band } from '../../course/progress-facts';
import type { Cmi5Launch, XapiAgent } from './launch-params';
import {
  bandExtension,
  CATEGORY_CMI5,
  CATEGORY_MOVE_ON,
  EXTENSION_MASTERY_SCORE,
  INTERACTION_TYPE,
  VERB,
  type VerbName,
} from './xapi-iris';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

export interface ActivityRef {
  readonly id: string;
  readonly objectType?: 'Activity';
  readonly definition?: JsonObject;
}

export interface XapiContext {
  readonly registration?: string;
  readonly contextActivities?: {
    readonly parent?: readonly ActivityRef[];
    readonly grouping?: readonly ActivityRef[];
    readonly category?: readonly ActivityRef[];
    readonly other?: readonly ActivityRef[];
  };
  readonly extensions?: JsonObject;
  readonly [key: string]: unknown;
}

export interface Statement {
  readonly id: string;
  readonly timestamp: string;
  readonly actor: XapiAgent;
  readonly verb: { readonly id: string; readonly display: { readonly 'en-US': string } };
  readonly object: ActivityRef & { readonly objectType: 'Activity' };
  readonly result?: JsonObject;
  readonly context: XapiContext;
}

/** What every statement of a session shares: who, which AU, the LMS's context template, a clock and ids. */
export interface StatementSource {
  readonly launch: Cmi5Launch;
  /** LMS.LaunchData's contextTemplate, used as it is and only added to (10.2.1.0-7). */
  readonly template: XapiContext;
  readonly newId: () => string;
  readonly now: () => number;
}

/** xAPI duration (ISO 8601), to the hundredth of a second, e.g. `PT3M35.5S`. */
export function isoDuration(ms: number): string {
  const hundredths = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor(hundredths / 6000) % 60;
  const seconds = (hundredths % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || !(hours || minutes) ? `${seconds}S` : ''}`;
}

/** The template's context with the registration and any activities added, never replacing the template's. */
export function contextFrom(
  source: Pick<StatementSource, 'launch' | 'template'>,
  add: { category?: readonly ActivityRef[]; parent?: readonly ActivityRef[]; extensions?: JsonObject } = {},
): XapiContext {
  const { template } = source;
  const activities = template.contextActivities ?? {};
  const merged = {
    ...activities,
    ...(add.parent ? { parent: [...(activities.parent ?? []), ...add.parent] } : {}),
    ...(add.category ? { category: [...(activities.category ?? []), ...add.category] } : {}),
  };
  return {
    ...template,
    registration: source.launch.registration,
    contextActivities: merged,
    ...(add.extensions || template.extensions ? { extensions: { ...add.extensions, ...template.extensions } } : {}),
  };
}

function statement(
  source: StatementSource,
  verb: VerbName,
  object: Statement['object'],
  context: XapiContext,
  result?: JsonObject,
): Statement {
  return {
    id: source.newId(),
    timestamp: new Date(source.now()).toISOString(),
    actor: source.launch.actor,
    verb: { id: VERB[verb], display: { 'en-US': verb } },
    object,
    ...(result ? { result } : {}),
    context,
  };
}

const auObject = (source: StatementSource): Statement['object'] => ({
  objectType: 'Activity',
  id: source.launch.activityId,
});

/** initialized and terminated: cmi5 defined, on the AU, no success or completion. */
export function sessionStatement(
  source: StatementSource,
  verb: 'initialized' | 'terminated',
  sessionMs: number,
): Statement {
  const context = contextFrom(source, { category: [{ id: CATEGORY_CMI5 }] });
  return statement(
    source,
    verb,
    auObject(source),
    context,
    verb === 'terminated' ? { duration: isoDuration(sessionMs) } : undefined,
  );
}

export interface Verdict {
  readonly verb: 'completed' | 'passed' | 'failed';
  /** 0–1, on passed and failed only (9.5.1.0-2). */
  readonly scaled: number | null;
  /** The LMS's masteryScore, echoed on passed and failed (9.6.3.2-2). */
  readonly masteryScore: number | null;
}

/** completed, passed or failed: cmi5 defined, with the moveOn category and the session's duration so far. */
export function verdictStatement(source: StatementSource, verdict: Verdict, sessionMs: number): Statement {
  const judged = verdict.verb !== 'completed';
  const context = contextFrom(source, {
    category: [{ id: CATEGORY_CMI5 }, { id: CATEGORY_MOVE_ON }],
    ...(judged && verdict.masteryScore !== null
      ? { extensions: { [EXTENSION_MASTERY_SCORE]: verdict.masteryScore } }
      : {}),
  });
  const result: JsonObject = judged
    ? {
        success: verdict.verb === 'passed',
        duration: isoDuration(sessionMs),
        ...(verdict.scaled !== null ? { score: { scaled: verdict.scaled } } : {}),
      }
    : { completion: true, duration: isoDuration(sessionMs) };
  return statement(source, verdict.verb, auObject(source), context, result);
}

/**
 * A reply's band as xAPI success, as SCORM's BAND_RESULT has it (interaction-report.ts): WOW is
 * right, misery wrong, mediocrity neither. Not imported from there, which would split that file
 * into a chunk of its own and cost every SCORM launch one more request.
 */
const BAND_SUCCESS: Readonly<Record<Band, boolean | null>> = { wow: true, mediocrity: null, misery: false };

const name = (locale: string, text: string): JsonObject => (text ? { name: { [locale]: text } } : {});

/** A role-play reply, as a cmi5 allowed `answered`: the scene is the question, the reply the response. */
export function replyStatement(
  source: StatementSource,
  catalog: CourseCatalog,
  locale: string,
  reply: ReplyChosen,
): Statement {
  const scenario = `${source.launch.activityId}/roleplay/${reply.scenarioId}`;
  const success = BAND_SUCCESS[reply.band];
  return statement(
    source,
    'answered',
    {
      objectType: 'Activity',
      id: `${scenario}/scene/${reply.sceneId}`,
      definition: { type: INTERACTION_TYPE, interactionType: 'choice', ...name(locale, reply.prompt) },
    },
    contextFrom(source, { parent: [{ id: scenario }] }),
    {
      response: reply.replyId,
      // A mediocre reply is neither right nor wrong, so it says nothing of success.
      ...(success === null ? {} : { success }),
      duration: isoDuration(reply.latencyMs),
      extensions: { [bandExtension(catalog.config.id)]: reply.band },
    },
  );
}

/** A knowledge check's answer, as a cmi5 allowed `answered` with the right answer in its definition. */
export function checkStatement(
  source: StatementSource,
  catalog: CourseCatalog,
  locale: string,
  check: CheckReport,
): Statement {
  const known = catalog.checks.find((c) => c.id === check.checkId);
  const definition: JsonObject = {
    type: INTERACTION_TYPE,
    interactionType: 'choice',
    ...name(locale, check.prompt),
    ...(known
      ? {
          correctResponsesPattern: [
            known.options
              .filter((o) => o.correct)
              .map((o) => o.id)
              .join('[,]'),
          ],
          choices: known.options.map((o) => ({ id: o.id })),
        }
      : {}),
  };
  return statement(
    source,
    'answered',
    { objectType: 'Activity', id: `${source.launch.activityId}/check/${check.checkId}`, definition },
    contextFrom(source),
    { response: check.answer.join('[,]'), success: check.correct, duration: isoDuration(check.latencyMs) },
  );
}
