import { describe, expect, it } from 'vitest';
import type { ProgressFacts } from '../../src/course/progress-facts';
import { createLocalStorageStore } from '../../src/persistence/local-storage-store';
import { encodeSnapshot, SNAPSHOT_VERSION } from '../../src/persistence/snapshot-codec';
import { sampleCatalog } from './support/catalog';

const catalog = sampleCatalog({ id: 'course-a' });
const key = 'mot:course-a:progress';

const facts: ProgressFacts = {
  visited: ['hello', 'first'],
  checks: { q1: { answer: ['b'], correct: true } },
  scenarios: {
    sc: {
      attempts: [{ endingId: 'e', band: 'wow', path: [{ replyId: 'r', band: 'wow' }], seconds: 12 }],
      played: 1,
      best: 'wow',
    },
  },
  reflections: { r1: 'Slow down at the desk.' },
  location: 'first',
};

describe('local storage progress store', () => {
  it('gives back exactly the facts it saved', () => {
    const store = createLocalStorageStore(catalog, window.localStorage);
    store.save(facts);
    expect(createLocalStorageStore(catalog, window.localStorage).load()).toEqual({ facts, problem: null });
  });

  it('has nothing and no problem on a first visit', () => {
    expect(createLocalStorageStore(catalog, window.localStorage).load()).toEqual({ facts: null, problem: null });
  });

  it.each([
    ['corrupt', `[${SNAPSHOT_VERSION},"x"`],
    ['corrupt', 'not json at all'],
    ['corrupt', '[]'],
    ['old-version', JSON.stringify({ v: 1, c: 'course-a', facts })],
    ['old-version', encodeSnapshot(catalog, facts).replace(`[${SNAPSHOT_VERSION},`, `[${SNAPSHOT_VERSION + 1},`)],
    ['other-course', encodeSnapshot(sampleCatalog({ id: 'course-b' }), facts)],
  ])('reports %s saved data without throwing', (problem, text) => {
    window.localStorage.setItem(key, text);
    expect(createLocalStorageStore(catalog, window.localStorage).load()).toEqual({ facts: null, problem });
  });

  it('keeps working when storage refuses to save or load', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    const store = createLocalStorageStore(catalog, broken);
    expect(() => store.save(facts)).not.toThrow();
    expect(store.load()).toEqual({ facts: null, problem: null });
  });
});
