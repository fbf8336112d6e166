import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lrs, Statement } from '../../scripts/lrs/index';
import {
  MASTERY_EXTENSION,
  MOVE_ON_CATEGORY,
  newTestLrs,
  startAuSession,
  CMI5_CATEGORY,
  PUBLISHER_ID,
} from './lrs-session';

const DURATION = { duration: 'PT4M30S' };

type Context = {
  contextActivities: Record<string, { id: string }[]>;
  extensions: Record<string, unknown>;
  registration?: string;
};
const contextOf = (s: Statement): Context => s['context'] as Context;

/** Sends one statement that breaks a rule and checks it was refused, not stored, and why. */
async function expectRefused(lrs: Lrs, send: () => Promise<number>, requirement: string, status = 400): Promise<void> {
  const storedBefore = lrs.statements().length;
  expect(await send()).toBe(status);
  expect(lrs.statements()).toHaveLength(storedBefore);
  expect(lrs.violations().map((v) => v.requirement)).toContain(requirement);
}

describe('local LRS: a correct cmi5 session', () => {
  it('accepts initialized, a reply, completed, passed and terminated with zero violations', async () => {
    const lrs = newTestLrs();
    const au = await startAuSession(lrs, { masteryScore: 0.8, moveOn: 'CompletedAndPassed' });
    const sent = [
      au.statement('initialized'),
      au.statement('answered', { response: 'wow', success: true }),
      au.statement('completed', { completion: true, ...DURATION }),
      au.statement('passed', { success: true, score: { scaled: 0.9 }, ...DURATION }),
      au.statement('terminated', DURATION),
    ];
    for (const statement of sent) expect(await au.send(statement)).toBe(204);
    expect(lrs.violations()).toEqual([]);
    expect(lrs.statements().map((s) => (s['verb'] as { id: string }).id.split('/').pop())).toEqual([
      'launched',
      'initialized',
      'answered',
      'completed',
      'passed',
      'satisfied',
      'terminated',
    ]);
  });

  it('records satisfied once, when the registration meets moveOn CompletedAndPassed', async () => {
    const lrs = newTestLrs();
    const au = await startAuSession(lrs, { masteryScore: 0.8, moveOn: 'CompletedAndPassed' });
    await au.send(au.statement('initialized'));
    await au.send(au.statement('completed', { completion: true, ...DURATION }));
    const satisfiedCount = () =>
      lrs.statements().filter((s) => (s['verb'] as { id: string }).id.endsWith('/satisfied')).length;
    expect(satisfiedCount()).toBe(0);
    await au.send(au.statement('passed', { success: true, score: { scaled: 0.9 }, ...DURATION }));
    await au.send(au.statement('terminated', DURATION));
    expect(satisfiedCount()).toBe(1);
    const satisfied = lrs.statements().find((s) => (s['verb'] as { id: string }).id.endsWith('/satisfied'));
    expect((satisfied?.['object'] as { id: string }).id).not.toBe(PUBLISHER_ID);
  });

  it('abandons a session left open when the AU is launched again, and refuses its late statements', async () => {
    const lrs = newTestLrs();
    const first = await startAuSession(lrs);
    await first.send(first.statement('initialized'));
    const second = await startAuSession(lrs, { registration: first.registration });
    const abandoned = lrs.statements().find((s) => (s['verb'] as { id: string }).id.endsWith('/abandoned'));
    expect(abandoned).toMatchObject({ result: { duration: 'PT0S' }, context: { registration: first.registration } });
    await expectRefused(
      lrs,
      () => first.send(first.statement('answered', { response: 'late' })),
      '9.3.6.0-2 (d2)',
      403,
    );
    expect(await second.send(second.statement('initialized'))).toBe(204);
  });

  it('accepts failed in one session and passed in a later one of the same registration', async () => {
    const lrs = newTestLrs();
    const first = await startAuSession(lrs, { masteryScore: 0.8 });
    await first.send(first.statement('initialized'));
    expect(await first.send(first.statement('failed', { success: false, score: { scaled: 0.5 }, ...DURATION }))).toBe(
      204,
    );
    await first.send(first.statement('terminated', DURATION));
    const second = await startAuSession(lrs, { masteryScore: 0.8, registration: first.registration });
    await second.send(second.statement('initialized'));
    expect(await second.send(second.statement('passed', { success: true, score: { scaled: 0.85 }, ...DURATION }))).toBe(
      204,
    );
    expect(lrs.violations()).toEqual([]);
  });

  it('takes an exact resend as success and refuses the same id with other content', async () => {
    const lrs = newTestLrs();
    const au = await startAuSession(lrs);
    const initialized = au.statement('initialized');
    expect(await au.send(initialized)).toBe(204);
    expect(await au.send({ ...initialized })).toBe(204);
    expect((await au.post([initialized])).status).toBe(200);
    expect(lrs.statements()).toHaveLength(2);
    expect(await au.send({ ...initialized, timestamp: '2026-01-05T10:01:00Z' })).toBe(409);
    expect(lrs.violations()).toEqual([]);
  });

  it('takes a retried terminated after the session ended, but nothing new', async () => {
    const lrs = newTestLrs();
    const au = await startAuSession(lrs);
    await au.send(au.statement('initialized'));
    const terminated = au.statement('terminated', DURATION);
    expect(await au.send(terminated)).toBe(204);
    expect(await au.send(terminated)).toBe(204);
    await expectRefused(lrs, () => au.send(au.statement('answered', { response: 'late' })), '9.3.0.0-5 (d2)', 403);
  });

  it('stores nothing of a batch when one statement breaks a rule', async () => {
    const lrs = newTestLrs();
    const au = await startAuSession(lrs);
    const response = await au.post([au.statement('initialized'), au.statement('completed', { completion: true })]);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('9.5.4.1-2 (d)');
    expect(lrs.statements()).toHaveLength(1);
  });
});

describe('local LRS: each cmi5 rule refuses the statement that breaks it', () => {
  /** A session that has sent initialized, with masteryScore 0.8. */
  async function initializedSession(options: Parameters<typeof startAuSession>[1] = {}) {
    const lrs = newTestLrs();
    const au = await startAuSession(lrs, { masteryScore: 0.8, ...options });
    expect(await au.send(au.statement('initialized'))).toBe(204);
    return { lrs, au };
  }

  it('9.3.0.0-4: nothing before initialized', async () => {
    const lrs = newTestLrs();
    const au = await startAuSession(lrs);
    await expectRefused(lrs, () => au.send(au.statement('answered', { response: 'a' })), '9.3.0.0-4 (d2)');
  });

  it('9.3.2.0-3: initialized once per session', async () => {
    const { lrs, au } = await initializedSession();
    await expectRefused(lrs, () => au.send(au.statement('initialized')), '9.3.2.0-3 (d)');
  });

  it('9.3.0.0-6: completed once per registration, even in a later session', async () => {
    const { lrs, au } = await initializedSession();
    await au.send(au.statement('completed', { completion: true, ...DURATION }));
    await au.send(au.statement('terminated', DURATION));
    const again = await startAuSession(lrs, { registration: au.registration });
    await again.send(again.statement('initialized'));
    await expectRefused(
      lrs,
      () => again.send(again.statement('completed', { completion: true, ...DURATION })),
      '9.3.0.0-6 (d2)',
    );
  });

  it('9.3.0.0-7 and 9.3.0.0-8: no second passed, and no failed after passed, in the registration', async () => {
    const { lrs, au } = await initializedSession();
    await au.send(au.statement('passed', { success: true, score: { scaled: 0.9 }, ...DURATION }));
    await au.send(au.statement('terminated', DURATION));
    const again = await startAuSession(lrs, { registration: au.registration, masteryScore: 0.8 });
    await again.send(again.statement('initialized'));
    await expectRefused(
      lrs,
      () => again.send(again.statement('passed', { success: true, score: { scaled: 0.95 }, ...DURATION })),
      '9.3.0.0-7 (d2)',
    );
    await expectRefused(
      lrs,
      () => again.send(again.statement('failed', { success: false, score: { scaled: 0.1 }, ...DURATION })),
      '9.3.0.0-8 (d)',
    );
  });

  it('9.3.0.0-3: not both failed and passed in one session', async () => {
    const { lrs, au } = await initializedSession();
    await au.send(au.statement('failed', { success: false, score: { scaled: 0.5 }, ...DURATION }));
    await expectRefused(
      lrs,
      () => au.send(au.statement('passed', { success: true, score: { scaled: 0.9 }, ...DURATION })),
      '9.3.0.0-3 (d)',
    );
  });

  it('9.3.4.0-2 and 9.3.5.0-2: the score agrees with masteryScore', async () => {
    const { lrs, au } = await initializedSession();
    await expectRefused(
      lrs,
      () => au.send(au.statement('passed', { success: true, score: { scaled: 0.79 }, ...DURATION })),
      '9.3.4.0-2 (d2)',
    );
    await expectRefused(
      lrs,
      () => au.send(au.statement('failed', { success: false, score: { scaled: 0.8 }, ...DURATION })),
      '9.3.5.0-2 (d)',
    );
  });

  it('9.6.3.2-2: passed repeats the masteryscore extension', async () => {
    const { lrs, au } = await initializedSession();
    const passed = au.statement('passed', { success: true, score: { scaled: 0.9 }, ...DURATION });
    delete contextOf(passed).extensions[MASTERY_EXTENSION];
    await expectRefused(lrs, () => au.send(passed), '9.6.3.2-2 (d)');
  });

  it('9.5.1.0-2: a score only on passed or failed', async () => {
    const { lrs, au } = await initializedSession();
    await expectRefused(
      lrs,
      () => au.send(au.statement('completed', { completion: true, score: { scaled: 0.9 }, ...DURATION })),
      '9.5.1.0-2 (d)',
    );
  });

  it('9.5.2.0-1: passed says success true', async () => {
    const { lrs, au } = await initializedSession();
    await expectRefused(
      lrs,
      () => au.send(au.statement('passed', { success: false, score: { scaled: 0.9 }, ...DURATION })),
      '9.5.2.0-1 (d1)',
    );
  });

  it('9.5.4.1: completed, passed, failed and terminated carry a duration', async () => {
    const { lrs, au } = await initializedSession();
    await expectRefused(lrs, () => au.send(au.statement('completed', { completion: true })), '9.5.4.1-2 (d)');
    await expectRefused(
      lrs,
      () => au.send(au.statement('passed', { success: true, score: { scaled: 0.9 } })),
      '9.5.4.1-3 (d)',
    );
    await expectRefused(
      lrs,
      () => au.send(au.statement('failed', { success: false, score: { scaled: 0.1 } })),
      '9.5.4.1-4 (d)',
    );
    await expectRefused(lrs, () => au.send(au.statement('terminated')), '9.5.4.1-1 (d)');
  });

  it('9.6.1.0-1: a defined statement carries the launch registration', async () => {
    const { lrs, au } = await initializedSession();
    const completed = au.statement('completed', { completion: true, ...DURATION });
    delete contextOf(completed).registration;
    await expectRefused(lrs, () => au.send(completed), '9.6.1.0-1 (d)');
  });

  it('9.6.3.1-4: every statement carries the session id', async () => {
    const { lrs, au } = await initializedSession();
    const answered = au.statement('answered', { response: 'a' });
    contextOf(answered).extensions = {};
    await expectRefused(lrs, () => au.send(answered), '9.6.3.1-4 (d)');
  });

  it('9.6.2.1-1: the cmi5 category on defined verbs, and not on allowed statements', async () => {
    const { lrs, au } = await initializedSession();
    const completed = au.statement('completed', { completion: true, ...DURATION });
    contextOf(completed).contextActivities['category'] = [{ id: MOVE_ON_CATEGORY }];
    await expectRefused(lrs, () => au.send(completed), '9.6.2.1-1');
    const answered = au.statement('answered', { response: 'a' });
    contextOf(answered).contextActivities['category'] = [{ id: CMI5_CATEGORY }];
    await expectRefused(lrs, () => au.send(answered), '9.6.2.1-1');
  });

  it('9.6.2.2-1: the moveOn category on passed', async () => {
    const { lrs, au } = await initializedSession();
    const passed = au.statement('passed', { success: true, score: { scaled: 0.9 }, ...DURATION });
    contextOf(passed).contextActivities['category'] = [{ id: CMI5_CATEGORY }];
    await expectRefused(lrs, () => au.send(passed), '9.6.2.2-1 (d2)');
  });

  it('9.6.2.0-1: the publisher id stays in grouping', async () => {
    const { lrs, au } = await initializedSession();
    const completed = au.statement('completed', { completion: true, ...DURATION });
    contextOf(completed).contextActivities['grouping'] = [];
    await expectRefused(lrs, () => au.send(completed), '9.6.2.0-1 (d)');
    expect(lrs.violations().at(-1)?.message).toContain(PUBLISHER_ID);
  });

  it('10.2.2: Browse refuses completed and any reply; Review refuses passed', async () => {
    const browse = await initializedSession({ launchMode: 'Browse' });
    await expectRefused(
      browse.lrs,
      () => browse.au.send(browse.au.statement('completed', { completion: true, ...DURATION })),
      '10.2.2.0-2 (d)',
    );
    await expectRefused(
      browse.lrs,
      () => browse.au.send(browse.au.statement('answered', { response: 'a' })),
      '10.2.2.0-5 (d)',
    );
    expect(await browse.au.send(browse.au.statement('terminated', DURATION))).toBe(204);
    const review = await initializedSession({ launchMode: 'Review' });
    await expectRefused(
      review.lrs,
      () => review.au.send(review.au.statement('passed', { success: true, score: { scaled: 0.9 }, ...DURATION })),
      '10.2.2.0-3 (d)',
    );
  });

  it('shape, id and timestamp: xapi-validation and cmi5 9.1 / 9.7', async () => {
    const { lrs, au } = await initializedSession();
    const badVerb = au.statement('answered', { response: 'a' });
    badVerb['verb'] = { id: 'answered' };
    await expectRefused(lrs, () => au.send(badVerb), '4.1.0.0-1');
    const noId = au.statement('answered', { response: 'a' });
    delete noId.id;
    const response = await au.post(noId);
    expect(response.status).toBe(400);
    expect(lrs.violations().map((v) => v.requirement)).toContain('9.1.0.0-1 (d)');
    const noTimestamp = au.statement('answered', { response: 'a' });
    delete noTimestamp['timestamp'];
    await expectRefused(lrs, () => au.send(noTimestamp), '9.7.0.0-1 (d)');
  });

  it('8.1.2.0-2: saved state is refused once the session terminated', async () => {
    const { lrs, au } = await initializedSession();
    await au.send(au.statement('terminated', DURATION));
    const fetcher = (await import('../../scripts/lrs/index')).lrsFetch(lrs);
    const response = await fetcher(au.stateUrl('progress'), { method: 'PUT', headers: au.headers, body: '{}' });
    expect(response.status).toBe(403);
    expect(lrs.violations().map((v) => v.requirement)).toContain('8.1.2.0-2 (d)');
  });
});

describe('local LRS: requirement ids', () => {
  it('keys every rule to an id that exists in @cmi5/requirements', () => {
    const requirements = JSON.parse(
      readFileSync('node_modules/@cmi5/requirements/requirements.json', 'utf8'),
    ) as Record<string, unknown>;
    const sources = readdirSync('scripts/lrs', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join('scripts/lrs', file), 'utf8'));
    const used = new Set(
      sources.flatMap((source) =>
        [...source.matchAll(/'(\d+\.\d+\.\d+\.\d+-\d+(?: \(d\d?\))?)/g)].map((m) => m[1] ?? ''),
      ),
    );
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((id) => !(id in requirements))).toEqual([]);
  });
});
