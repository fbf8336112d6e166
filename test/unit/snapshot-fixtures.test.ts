import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CourseCatalog } from '../../src/course/catalog';
import type { ProgressFacts } from '../../src/course/progress-facts';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_VERSION } from '../../src/persistence/snapshot-codec';
import { readOlderSnapshot } from '../../src/persistence/snapshot-older';

const dir = resolve(import.meta.dirname, '../fixtures/snapshots');
const read = (name: string): string => readFileSync(resolve(dir, name), 'utf8');
const catalog = JSON.parse(read('catalog.json')) as CourseCatalog;
const facts = JSON.parse(read('facts.json')) as ProgressFacts;
/** The order seed v4.txt was saved with; formats before 4 did not keep one. */
const ORDER_SEED = 'k3x9q2';
const expected = (version: number): ProgressFacts => (version >= 4 ? { ...facts, orderSeed: ORDER_SEED } : facts);
const versions = readdirSync(dir)
  .map((f) => /^v(\d+)\.txt$/.exec(f)?.[1])
  .filter((v): v is string => v !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

describe('every snapshot format a release has written', () => {
  it('has a frozen fixture for each version up to the current one', () => {
    expect(versions).toEqual(Array.from({ length: SNAPSHOT_VERSION }, (_, i) => i + 1));
  });

  it.each(versions)('restores version %i without losing a fact', (version) => {
    expect(decodeSnapshot(catalog, read(`v${version}.txt`), readOlderSnapshot)).toEqual({
      ok: true,
      facts: expected(version),
    });
  });

  it.each(versions)('saves version %i forward as the current format, and reads it back the same', (version) => {
    const result = decodeSnapshot(catalog, read(`v${version}.txt`), readOlderSnapshot);
    if (!result.ok) throw new Error(result.problem);
    // An attempt saved before seeds existed gets one with its first save; v4.txt was written with ORDER_SEED.
    const text = encodeSnapshot(catalog, { orderSeed: ORDER_SEED, ...result.facts }, 4096);
    expect(text).toBe(read(`v${SNAPSHOT_VERSION}.txt`));
  });
});
