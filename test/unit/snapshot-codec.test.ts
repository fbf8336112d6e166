import { describe, expect, it } from 'vitest';
import type { CourseCatalog } from '../../src/course/catalog';
import type { ProgressFacts } from '../../src/course/progress-facts';
import { emptyFacts } from '../../src/course/progress-facts';
import { idKeys, refOf } from '../../src/persistence/id-keys';
import { decodeSnapshot, encodeSnapshot, packSnapshot, SNAPSHOT_VERSION } from '../../src/persistence/snapshot-codec';
import { readOlderSnapshot } from '../../src/persistence/snapshot-older';
import { sampleCatalog } from './support/catalog';

const catalog = sampleCatalog();
const ROOMY = 64_000;
const course = refOf('sample-course');

const facts: ProgressFacts = {
  visited: ['hello', 'first', 'second'],
  checks: { q1: { answer: ['a'], correct: false }, q2: { answer: ['c', 'a'], correct: true } },
  scenarios: { sc: { played: 2, best: 'wow' } },
  reflections: { r1: 'Say “sorry” — then fix it. 🙂 Спасибо.\nLine two "quoted" \\ done' },
  location: 'second',
};

const decoded = (text: string): ProgressFacts => {
  const result = decodeSnapshot(catalog, text, readOlderSnapshot);
  if (!result.ok) throw new Error(result.problem);
  return result.facts;
};

describe('snapshot codec', () => {
  it('round-trips every fact, including quotes, new lines and non-ASCII text, as printable ASCII', () => {
    const text = encodeSnapshot(catalog, facts, ROOMY);
    expect(text).toMatch(/^[\x20-\x7e]+$/);
    expect(decoded(text)).toEqual(facts);
  });

  it('writes ids as short refs rather than names', () => {
    const text = encodeSnapshot(catalog, facts, ROOMY);
    expect(text).not.toContain('second');
    expect(text).toContain(`"${refOf('second')}"`);
  });

  it('round-trips empty facts', () => {
    expect(decoded(encodeSnapshot(catalog, emptyFacts, ROOMY))).toEqual(emptyFacts);
  });

  it('keeps progress when content is added or reordered, and drops ids the course no longer has', () => {
    const text = encodeSnapshot(catalog, facts, ROOMY);
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
    const result = decodeSnapshot(updated, text, readOlderSnapshot);
    expect(result.ok && result.facts.visited).toEqual(['first', 'second']);
    expect(result.ok && result.facts.checks).toEqual(facts.checks);
  });

  it('saves ids whose ref is shared with another id of the same kind in full', () => {
    const keys = idKeys(['a', 'b']);
    expect(keys.idOf(keys.keyOf('a'))).toBe('a');
    expect(keys.keyOf('unknown-id')).toBe('=unknown-id');
    expect(keys.idOf('=unknown-id')).toBe('unknown-id');
    expect(keys.idOf('zzzz')).toBeNull();
  });

  it.each([
    ['corrupt', ''],
    ['corrupt', '{"v":'],
    ['corrupt', '[3]'],
    ['corrupt', 'null'],
    ['corrupt', '[0,"abc",[],"",[],[],[]]'],
    ['corrupt', '[2.5,"abc",[],"",[],[],[]]'],
    ['corrupt', '{"v":1,"c":"sample-course","facts":{}}'],
    ['corrupt', `[3,"${course}",[1],"",[],[],[]]`],
    ['corrupt', `[3,"${course}",[],"",["x","a"],[],[]]`],
    ['corrupt', `[3,"${course}",[],"",[],["x",0,2],[]]`],
    ['corrupt', `[3,"${course}",[],"",[],["x",1,7],[]]`],
    ['corrupt', `[3,"${course}",[],"",[],[],["x"]]`],
    ['corrupt', `[3,"${course}",[],"",[],[],["x","not punycode-!!"]]`],
    ['corrupt', `[3,"${course}",[],"",[],[],[],[]]`],
    ['newer-version', `[${SNAPSHOT_VERSION + 1},"${course}",[],"",[],[],[],[],{}]`],
    ['newer-version', `[99]`],
    ['newer-version', `{"v":${SNAPSHOT_VERSION + 1},"anything":true}`],
    ['other-course', `[3,"${refOf('another-course')}",[],"",[],[],[]]`],
    ['other-course', `[2,"${refOf('another-course')}",[],"",[],[],[],[]]`],
    ['other-course', '{"v":1,"c":"another-course","facts":{}}'],
  ])('reports %s for %s without throwing', (problem, text) => {
    expect(decodeSnapshot(catalog, text, readOlderSnapshot)).toEqual({ ok: false, problem });
  });

  it('drops unknown lessons, checks, options, role-plays and reflections on read, so they never grow a later save', () => {
    const junk = (n: number) => Array.from({ length: n }, (_, i) => `=junk-${i}`);
    const clean = encodeSnapshot(catalog, facts, ROOMY);
    const [, , visited, location, checks, scenarios, reflections, seed] = JSON.parse(clean) as unknown[][];
    const polluted = JSON.stringify([
      SNAPSHOT_VERSION,
      course,
      [...(visited ?? []), ...junk(300)],
      location,
      [...(checks ?? []), ...junk(50).flatMap((k) => [k, 'a', 1]), refOf('q1'), 'a,zz,yy', 0],
      [...(scenarios ?? []), ...junk(50).flatMap((k) => [k, 9, 2])],
      [...(reflections ?? []), ...junk(50).flatMap((k) => [k, `${'x'.repeat(100)}-`])],
      seed,
    ]);
    expect(polluted.length).toBeGreaterThan(5_000);
    const restored = decoded(polluted);
    expect(restored).toEqual(facts);
    expect(encodeSnapshot(catalog, restored, ROOMY)).toBe(clean);
  });

  it('never writes facts about content the course does not have', () => {
    const withJunk: ProgressFacts = {
      ...facts,
      visited: [...facts.visited, 'gone'],
      reflections: { ...facts.reflections, gone: 'text' },
      scenarios: { ...facts.scenarios, gone: { played: 1, best: 'wow' } },
    };
    expect(encodeSnapshot(catalog, withJunk, ROOMY)).toBe(encodeSnapshot(catalog, facts, ROOMY));
  });

  it('encodes non-ASCII text compactly: about one character per Cyrillic letter, at most half the old cost per accent or emoji', () => {
    const cost = (text: string) =>
      encodeSnapshot(catalog, { ...emptyFacts, reflections: { r1: text } }, ROOMY).length -
      encodeSnapshot(catalog, { ...emptyFacts, reflections: { r1: '' } }, ROOMY).length;
    const sentence = 'Thank the guest and fix the bill. ';
    const accent = cost(`${sentence}é`) - cost(sentence);
    const emoji = cost(`${sentence}🙂`) - cost(sentence);
    console.info(`one accented letter costs ${accent} characters, one emoji ${emoji} (6 and 12 as \\u escapes)`);
    expect(accent).toBeLessThanOrEqual(3);
    expect(emoji).toBeLessThanOrEqual(6);
    const russian = 'Сначала выслушайте клиента, затем повторите его слова.';
    expect(cost(russian)).toBeLessThan(russian.length * 1.5);
  });

  it('packs within the capacity it is given by leaving out the longest reflection whole, never cutting one', () => {
    const wide = sampleCatalog();
    const twoReflections: CourseCatalog = {
      ...wide,
      lessons: wide.lessons.map((l) => (l.id === 'second' ? { ...l, reflectionIds: ['r2'] } : l)),
    };
    const long: ProgressFacts = { ...facts, reflections: { r1: 'x'.repeat(280), r2: 'y'.repeat(100) } };
    const full = encodeSnapshot(twoReflections, long, ROOMY);
    const packed = packSnapshot(twoReflections, long, full.length - 1);
    expect(packed.text.length).toBeLessThan(full.length);
    expect(packed.dropped).toEqual(['r1']);
    const result = decodeSnapshot(twoReflections, packed.text, readOlderSnapshot);
    expect(result.ok && result.facts).toEqual({ ...long, reflections: { r2: 'y'.repeat(100) } });
    expect(packSnapshot(twoReflections, long, full.length)).toEqual({ text: full, dropped: [] });
  });
});
