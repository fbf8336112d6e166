import { describe, expect, it } from 'vitest';
import { isCmi5Launch } from '../../src/tracking/cmi5/cmi5-launch-check';
import { readCmi5Launch } from '../../src/tracking/cmi5/launch-params';
import { preferredLocale, siblingBuildUrl } from '../../src/tracking/cmi5/locale-choice';
import {
  checkStatement,
  isoDuration,
  replyStatement,
  sessionStatement,
  verdictStatement,
  type StatementSource,
} from '../../src/tracking/cmi5/statements';
import { dueVerdicts, judge } from '../../src/tracking/cmi5/verdicts';
import { buildProgressReport } from '../../src/tracking/progress-report';
import { emptyFacts } from '../../src/course/progress-facts';
import { sampleCatalog } from './support/catalog';

const catalog = sampleCatalog();
const actor = { objectType: 'Agent' as const, name: 'Jane Doe', account: { homePage: 'https://lms.test', name: 'jd' } };
const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

function launchUrl(extra = '', who: object = actor) {
  const q = new URLSearchParams({
    registration: 'reg-1',
    actor: JSON.stringify(who),
    fetch: 'https://lrs.test/fetch/abc',
    activityId: 'https://lms.test/au/42',
    endpoint: 'https://lrs.test/xapi',
  });
  return `https://course.test/en-GB/index.html?theme=dark&${q}${extra}`;
}

let ids = 0;
const source: StatementSource = {
  launch: readCmi5Launch(launchUrl())!,
  template: {
    contextActivities: { grouping: [{ id: 'https://publisher.test/au' }] },
    extensions: { [SESSION_EXT]: 'session-1' },
  },
  newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
  now: () => Date.UTC(2026, 0, 15, 9, 30, 0),
};

describe('cmi5 launch parameters', () => {
  it('finds the five parameters in any order, among the page’s own, and keeps the page’s own', () => {
    expect(isCmi5Launch(new URL(launchUrl()).search)).toBe(true);
    expect(isCmi5Launch('?theme=dark&endpoint=x&fetch=y&actor=z&registration=r')).toBe(false);
    const launch = readCmi5Launch(launchUrl('&lang=xx'));
    expect(launch).toEqual({
      endpoint: 'https://lrs.test/xapi/',
      fetchUrl: 'https://lrs.test/fetch/abc',
      actor,
      registration: 'reg-1',
      activityId: 'https://lms.test/au/42',
    });
    expect(new URL(launchUrl()).searchParams.get('theme')).toBe('dark');
  });

  it('refuses an actor without an account, which cmi5 requires', () => {
    expect(readCmi5Launch(launchUrl('', { mbox: 'mailto:jd@lms.test' }))).toBeNull();
  });
});

describe('the learner’s language', () => {
  it('takes the first preference that is shipped, exactly or by its language', () => {
    expect(preferredLocale('fr,es-MX,en-GB', ['en-GB', 'en-ZA', 'es'])).toBe('es');
    expect(preferredLocale('en-ZA', ['en-GB', 'en-ZA', 'es'])).toBe('en-ZA');
    expect(preferredLocale('EN-us', ['en-GB', 'en-ZA'])).toBe('en-GB');
    expect(preferredLocale('', ['en-GB'])).toBeNull();
    expect(preferredLocale('fr', ['en-GB'])).toBeNull();
  });

  it('goes to the sibling build with the same launch query', () => {
    expect(siblingBuildUrl(launchUrl(), 'es')).toBe(launchUrl().replace('/en-GB/', '/es/'));
  });
});

describe('cmi5 statements', () => {
  it('writes durations as xAPI wants them', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(215_000)).toBe('PT3M35S');
    expect(isoDuration(4_250)).toBe('PT4.25S');
    expect(isoDuration(3_600_000 + 500)).toBe('PT1H0.5S');
  });

  it('initialized and terminated: on the AU, cmi5 category, the template kept, duration on terminated only', () => {
    const init = sessionStatement(source, 'initialized', 0);
    expect(init).toMatchObject({
      actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' },
      object: { id: 'https://lms.test/au/42', objectType: 'Activity' },
      timestamp: '2026-01-15T09:30:00.000Z',
      context: {
        registration: 'reg-1',
        contextActivities: { grouping: [{ id: 'https://publisher.test/au' }], category: [{ id: CMI5 }] },
        extensions: { [SESSION_EXT]: 'session-1' },
      },
    });
    expect(init.result).toBeUndefined();
    expect(sessionStatement(source, 'terminated', 215_000).result).toEqual({ duration: 'PT3M35S' });
  });

  it('passed and failed carry the scaled score and masteryScore; completed carries neither, only completion', () => {
    const passed = verdictStatement(source, { verb: 'passed', scaled: 0.9, masteryScore: 0.75 }, 60_000);
    expect(passed.result).toEqual({ success: true, duration: 'PT1M', score: { scaled: 0.9 } });
    expect(passed.context.contextActivities?.category).toEqual([{ id: CMI5 }, { id: MOVE_ON }]);
    expect(passed.context.extensions).toEqual({
      [SESSION_EXT]: 'session-1',
      'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.75,
    });
    const completed = verdictStatement(source, { verb: 'completed', scaled: null, masteryScore: null }, 60_000);
    expect(completed.result).toEqual({ completion: true, duration: 'PT1M' });
    expect(completed.context.extensions).toEqual({ [SESSION_EXT]: 'session-1' });
  });

  it('a reply is answered with its scene, response, success and band, its role-play as parent, no cmi5 category', () => {
    const s = replyStatement(source, catalog, 'en-GB', {
      scenarioId: 'sc',
      sceneId: 'scene-2',
      replyId: 'listen',
      band: 'wow',
      prompt: 'Customer line 2',
      latencyMs: 8_000,
    });
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(s.object).toEqual({
      objectType: 'Activity',
      id: 'https://lms.test/au/42/roleplay/sc/scene/scene-2',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        name: { 'en-GB': 'Customer line 2' },
      },
    });
    expect(s.result).toEqual({
      response: 'listen',
      success: true,
      duration: 'PT8S',
      extensions: { 'https://sample-course.invalid/xapi/band': 'wow' },
    });
    expect(s.context.contextActivities).toEqual({
      grouping: [{ id: 'https://publisher.test/au' }],
      parent: [{ id: 'https://lms.test/au/42/roleplay/sc' }],
    });
    const mediocre = replyStatement(source, catalog, 'en-GB', {
      scenarioId: 'sc',
      sceneId: 'scene-1',
      replyId: 'greet',
      band: 'mediocrity',
      prompt: '',
      latencyMs: 1,
    });
    expect(mediocre.result).not.toHaveProperty('success');
    expect(mediocre.object.definition).not.toHaveProperty('name');
  });

  it('a check answer carries the response, the result and the right answer', () => {
    const s = checkStatement(source, catalog, 'en-GB', {
      checkId: 'q2',
      answer: ['a', 'b'],
      correct: false,
      latencyMs: 12_340,
      prompt: 'Pick a and c',
    });
    expect(s.object.id).toBe('https://lms.test/au/42/check/q2');
    expect(s.object.definition).toMatchObject({ correctResponsesPattern: ['a[,]c'], interactionType: 'choice' });
    expect(s.result).toEqual({ response: 'a[,]b', success: false, duration: 'PT12.34S' });
  });
});

describe('once-only verdicts', () => {
  const done = emptyFacts;
  const report = (success: 'passed' | 'failed' | 'unknown', score: number | null, completion = 'completed') => ({
    ...buildProgressReport(catalog, done),
    score,
    status: { lessonStatus: 'incomplete' as const, completion: completion as 'completed', success },
  });

  it('lets masteryScore decide a pass or a fail, never contradicting it', () => {
    expect(judge(report('passed', 80, 'completed'), 0.75, 'passed-failed')).toEqual({ verb: 'passed', scaled: 0.8 });
    expect(judge(report('passed', 70, 'completed'), 0.75, 'passed-failed')).toEqual({ verb: 'failed', scaled: 0.7 });
    expect(judge(report('failed', 80, 'completed'), 0.75, 'passed-failed')).toEqual({ verb: 'passed', scaled: 0.8 });
    expect(judge(report('passed', 70, 'completed'), 0.75, 'passed-incomplete')).toBeNull();
    expect(judge(report('unknown', 90, 'completed'), 0.75, 'passed-failed')).toBeNull();
  });

  it('sends completed and passed once per registration, one verdict per session, no fail after a pass', () => {
    const options = { masteryScore: null, mode: 'passed-failed' as const, judgedThisSession: false };
    expect(dueVerdicts(report('passed', 90), { sent: {} }, options).map((v) => v.verb)).toEqual([
      'completed',
      'passed',
    ]);
    expect(dueVerdicts(report('passed', 90), { sent: { completed: { scaled: null } } }, options)).toEqual([
      { verb: 'passed', scaled: 0.9, masteryScore: null },
    ]);
    expect(
      dueVerdicts(
        report('passed', 90),
        { sent: { failed: { scaled: 0.5 } } },
        { ...options, judgedThisSession: true },
      ).map((v) => v.verb),
    ).toEqual(['completed']);
    expect(
      dueVerdicts(report('failed', 50), { sent: { passed: { scaled: 0.9 } } }, options).map((v) => v.verb),
    ).toEqual(['completed']);
    expect(dueVerdicts(report('passed', 90, 'incomplete'), { sent: { passed: { scaled: 1 } } }, options)).toEqual([]);
  });
});
