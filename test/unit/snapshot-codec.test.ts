import { describe, expect, it } from 'vitest';
import type { CourseCatalog } from '../../src/course/catalog';
import type { ProgressFacts, ScenarioAttempt } from '../../src/course/progress-facts';
import { idKeys, refOf } from '../../src/persistence/id-keys';
import { decodeSnapshot, encodeSnapshot } from '../../src/persistence/snapshot-codec';
import { sampleCatalog } from './support/catalog';

const catalog = sampleCatalog();

const attempt = (band: ScenarioAttempt['band'], n: number): ScenarioAttempt => ({
  endingId: `end-${band}`,
  band,
  path: [
    { replyId: `opening-${n % 2}`, band: 'mediocrity' },
    { replyId: 'closing', band },
  ],
  seconds: 40 + n,
});

const facts: ProgressFacts = {
  visited: ['hello', 'first', 'second'],
  checks: { q1: { answer: ['a'], correct: false }, q2: { answer: ['c', 'a'], correct: true } },
  scenarios: { sc: { attempts: [attempt('misery', 0), attempt('wow', 1)], played: 2, best: 'wow' } },
  reflections: { r1: 'Say “sorry” — then fix it. 🙂\nLine two "quoted" \\ done' },
  location: 'second',
};

describe('snapshot codec', () => {
  it('round-trips every fact, including quotes, new lines and non-ASCII text', () => {
    const text = encodeSnapshot(catalog, facts);
    expect(decodeSnapshot(catalog, text)).toEqual({ ok: true, facts });
  });

  it('writes printable ASCII only, with ids as short refs rather than names', () => {
    const text = encodeSnapshot(catalog, facts);
    expect(text).toMatch(/^[\x20-\x7e]+$/);
    expect(text).not.toContain('second');
    expect(text).toContain(`"${refOf('second')}"`);
  });

  it('round-trips empty facts', () => {
    const empty: ProgressFacts = { visited: [], checks: {}, scenarios: {}, reflections: {}, location: null };
    expect(decodeSnapshot(catalog, encodeSnapshot(catalog, empty))).toEqual({ ok: true, facts: empty });
  });

  it('keeps progress when content is added or reordered, and drops ids the course no longer has', () => {
    const text = encodeSnapshot(catalog, facts);
    const updated: CourseCatalog = {
      ...catalog,
      lessons: [
        {
          id: 'brand-new',
          moduleId: 'one',
          title: 'New',
          minutes: 2,
          checkIds: [],
          scenarioIds: [],
          reflectionIds: [],
        },
        ...catalog.lessons.filter((l) => l.id !== 'hello').reverse(),
      ],
    };
    const result = decodeSnapshot(updated, text);
    expect(result.ok && result.facts.visited).toEqual(['first', 'second']);
    expect(result.ok && result.facts.checks).toEqual(facts.checks);
  });

  it('saves ids whose ref is shared with another id of the same kind in full', () => {
    const ids = ['a', 'b'];
    const keys = idKeys(ids);
    expect(keys.idOf(keys.keyOf('a'))).toBe('a');
    expect(keys.keyOf('unknown-id')).toBe('=unknown-id');
    expect(keys.idOf('=unknown-id')).toBe('unknown-id');
    expect(keys.idOf('zzzz')).toBeNull();
  });

  it.each([
    ['corrupt', ''],
    ['corrupt', '{"v":'],
    ['corrupt', '[2]'],
    ['corrupt', 'null'],
    ['old-version', '{"v":1,"c":"sample-course","facts":{}}'],
    ['old-version', '[1,"abc",[],"",[],[],[],[]]'],
    ['other-course', `[2,"${refOf('another-course')}",[],"",[],[],[],[]]`],
    ['corrupt', `[2,"${refOf('sample-course')}",[1],"",[],[],[],[]]`],
    ['corrupt', `[2,"${refOf('sample-course')}",[],"",["x","a"],[],[],[]]`],
    ['corrupt', `[2,"${refOf('sample-course')}",[],"",[],[["x",0,2,[]]],[],[]]`],
    ['corrupt', `[2,"${refOf('sample-course')}",[],"",[],[["x",1,2,[[5,2,3]]]],[],[]]`],
    ['corrupt', `[2,"${refOf('sample-course')}",[],"",[],[],[],["x"]]`],
  ])('reports %s for %s without throwing', (problem, text) => {
    expect(decodeSnapshot(catalog, text)).toEqual({ ok: false, problem });
  });

  it('keeps the latest attempts and the best one, and always the play count and best band', () => {
    const many: ProgressFacts = {
      ...facts,
      scenarios: {
        sc: {
          attempts: [attempt('wow', 0), ...Array.from({ length: 9 }, (_, i) => attempt('misery', i + 1))],
          played: 10,
          best: 'wow',
        },
      },
    };
    const result = decodeSnapshot(catalog, encodeSnapshot(catalog, many));
    const record = result.ok ? result.facts.scenarios.sc : undefined;
    expect(record?.played).toBe(10);
    expect(record?.best).toBe('wow');
    expect(record?.attempts.map((a) => a.seconds)).toEqual([40, 47, 48, 49]);
  });

  it('trims predictably under a tight budget: old attempts first, then reflections to one shared length', () => {
    const long: ProgressFacts = { ...facts, reflections: { r1: 'x'.repeat(280), r2: 'y'.repeat(100) } };
    const full = encodeSnapshot(catalog, long);
    const budget = full.length - 120;
    const text = encodeSnapshot(catalog, long, budget);
    expect(text.length).toBeLessThanOrEqual(budget);
    const result = decodeSnapshot(catalog, text);
    if (!result.ok) throw new Error('did not decode');
    expect(result.facts.scenarios.sc).toMatchObject({ played: 2, best: 'wow' });
    expect(result.facts.scenarios.sc?.attempts).toEqual([]);
    expect(result.facts.checks).toEqual(long.checks);
    expect(result.facts.visited).toEqual(long.visited);
    const kept = result.facts.reflections.r1 ?? '';
    expect(kept.length).toBeLessThan(280);
    expect('x'.repeat(280).startsWith(kept)).toBe(true);
    expect(result.facts.reflections.r2).toBe('y'.repeat(Math.min(100, kept.length)));
  });
});
