import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/content/build-catalog';
import type { CourseCatalog } from '../../src/course/catalog';
import type { ProgressFacts } from '../../src/course/progress-facts';
import { BROWSER_STORAGE_CAPACITY, SMALLEST_CAPACITY } from '../../src/persistence/capacity';
import { decodeSnapshot, packSnapshot } from '../../src/persistence/snapshot-codec';
import { readOlderSnapshot } from '../../src/persistence/snapshot-older';
import { keysFor } from '../../src/persistence/snapshot-shape';
import { writeSnapshot } from '../../src/persistence/snapshot-write';
import { scorm12DataModel } from '../../src/tracking/scorm12-data-model';
import { scorm2004DataModel } from '../../src/tracking/scorm2004-data-model';
import { EMOJI, FRENCH, RUSSIAN } from './support/reflection-texts';

const root = resolve(import.meta.dirname, '../..');
const PLAYS = 40;
const SCORM_12 = scorm12DataModel.suspendDataCapacity;

const { catalog: built } = buildCatalog(root);
if (!built) throw new Error('the course content does not build');
const catalog: CourseCatalog = built;
const reflectionIds = catalog.lessons.flatMap((l) => l.reflectionIds);

/** Everything a learner can leave behind: every lesson, every option of every check, every role-play 40 times. */
function worstPath(texts: readonly string[]): ProgressFacts {
  return {
    visited: catalog.lessons.map((l) => l.id),
    checks: Object.fromEntries(
      catalog.checks.map((c) => [c.id, { answer: c.options.map((o) => o.id), correct: false }]),
    ),
    scenarios: Object.fromEntries(catalog.scenarios.map((s) => [s.id, { played: PLAYS, best: 'mediocrity' }])),
    reflections: Object.fromEntries(reflectionIds.map((id, i) => [id, texts[i % texts.length] ?? ''])),
    location: catalog.lessons.at(-1)?.id ?? null,
  };
}

/** Characters the facts take when every one of them is written, before the codec could leave anything out. */
const untrimmedLength = (facts: ProgressFacts): number => writeSnapshot(catalog, keysFor(catalog), facts).length;

/**
 * The costliest text for punycode that fits the box: 280 different characters spread evenly over the
 * whole Basic Multilingual Plane, so every one is far from the last. No learner types this; it
 * shows that no script, however mixed, can make the reflections overflow SCORM 1.2.
 */
const SCATTERED = Array.from({ length: 280 }, (_, i) => String.fromCodePoint(0xa0 + ((i * 7919) % 0xd700))).join('');

const PATHS: readonly [string, readonly string[]][] = [
  ['French', [FRENCH]],
  ['Russian', [RUSSIAN]],
  ['emoji', [EMOJI]],
  ['French, Russian and emoji', [FRENCH, RUSSIAN, EMOJI]],
  ['characters scattered over the Basic Multilingual Plane', [SCATTERED]],
];

describe('saved progress on the worst path through the real course', () => {
  it('covers every lesson, check, reflection and scenario of the course, with reflections typed to the limit', () => {
    expect(catalog.scenarios.length).toBeGreaterThan(0);
    expect(reflectionIds.length).toBeGreaterThan(0);
    for (const text of [FRENCH, RUSSIAN, EMOJI, SCATTERED]) expect(text).toHaveLength(280);
  });

  it('is measured against the smallest store any adapter has, SCORM 1.2', () => {
    expect(SCORM_12).toBe(4096);
    expect(SMALLEST_CAPACITY).toBe(SCORM_12);
    expect(scorm2004DataModel.suspendDataCapacity).toBeGreaterThan(SMALLEST_CAPACITY);
    expect(BROWSER_STORAGE_CAPACITY).toBeGreaterThan(SMALLEST_CAPACITY);
  });

  it.each(PATHS)('keeps every fact whole in SCORM 1.2 with reflections in %s', (_, texts) => {
    const facts = worstPath(texts);
    const before = untrimmedLength(facts);
    console.info(`worst-path suspend_data before any trimming (${_}): ${before} of ${SCORM_12} characters`);
    expect(before).toBeLessThanOrEqual(SCORM_12);
    const packed = packSnapshot(catalog, facts, SCORM_12);
    expect(packed.dropped).toEqual([]);
    expect(packed.text).toMatch(/^[\x20-\x7e]+$/);
    expect(decodeSnapshot(catalog, packed.text, readOlderSnapshot)).toEqual({ ok: true, facts });
  });
});
