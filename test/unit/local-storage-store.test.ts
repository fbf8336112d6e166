import { describe, expect, it } from 'vitest';
import type { ProgressFacts } from '../../src/course/progress-facts';
import { emptyFacts } from '../../src/course/progress-facts';
import { createLocalStorageStore, openLocalStorageStore } from '../../src/persistence/local-storage-store';
import { encodeSnapshot, SNAPSHOT_VERSION } from '../../src/persistence/snapshot-codec';
import { sampleCatalog } from './support/catalog';

const catalog = sampleCatalog({ id: 'course-a' });
const key = 'mot:course-a:progress';
const ROOMY = 64_000;

const facts: ProgressFacts = {
  visited: ['hello', 'first'],
  checks: { q1: { answer: ['b'], correct: true } },
  scenarios: { sc: { played: 1, best: 'wow' } },
  reflections: { r1: 'Slow down at the desk.' },
  location: 'first',
};

const stored = () => createLocalStorageStore(catalog, window.localStorage).load().facts;

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
    [
      'newer-version',
      encodeSnapshot(catalog, facts, ROOMY).replace(`[${SNAPSHOT_VERSION},`, `[${SNAPSHOT_VERSION + 1},`),
    ],
    ['other-course', encodeSnapshot(sampleCatalog({ id: 'course-b' }), facts, ROOMY)],
  ])('reports %s saved data without throwing', (problem, text) => {
    window.localStorage.setItem(key, text);
    expect(createLocalStorageStore(catalog, window.localStorage).load()).toEqual({ facts: null, problem });
  });

  it('restores what an earlier release saved in this browser, loading the reader of older formats first', async () => {
    window.localStorage.setItem(key, JSON.stringify({ v: 1, c: 'course-a', facts }));
    const store = await openLocalStorageStore(catalog, window.localStorage);
    expect(store.load()).toEqual({ facts, problem: null });
  });

  it('holds an older format as unreadable, unchanged, when its reader is not there', () => {
    const older = JSON.stringify({ v: 1, c: 'course-a', facts });
    window.localStorage.setItem(key, older);
    expect(createLocalStorageStore(catalog, window.localStorage, null).load()).toEqual({
      facts: null,
      problem: 'unreadable',
    });
    expect(window.localStorage.getItem(key)).toBe(older);
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

describe('two tabs of the course in one browser', () => {
  const openTab = () => {
    const store = createLocalStorageStore(catalog, window.localStorage);
    const loaded = store.load().facts ?? emptyFacts;
    return { store, loaded };
  };

  it('never erase each other: visits united, first answers kept, most runs and best band kept', () => {
    const a = openTab();
    const b = openTab();
    a.store.save({ ...emptyFacts, visited: ['hello'], checks: { q1: { answer: ['a'], correct: false } } });
    b.store.save({
      ...emptyFacts,
      visited: ['second'],
      checks: { q1: { answer: ['b'], correct: true }, q2: { answer: ['a'], correct: false } },
      scenarios: { sc: { played: 2, best: 'misery' } },
      location: 'second',
    });
    a.store.save({
      ...emptyFacts,
      visited: ['hello', 'first'],
      checks: { q1: { answer: ['a'], correct: false } },
      scenarios: { sc: { played: 1, best: 'wow' } },
      location: 'first',
    });
    expect(stored()).toEqual({
      visited: ['hello', 'second', 'first'],
      checks: { q1: { answer: ['a'], correct: false }, q2: { answer: ['a'], correct: false } },
      scenarios: { sc: { played: 2, best: 'wow' } },
      reflections: {},
      location: 'first',
    });
  });

  it('keep the reflection text of the tab that changed it last, not a stale copy', () => {
    const first = createLocalStorageStore(catalog, window.localStorage);
    first.save({ ...emptyFacts, visited: ['first'], reflections: { r1: 'Old thought.' } });
    const a = openTab();
    const b = openTab();
    b.store.save({ ...b.loaded, reflections: { r1: 'New thought, typed in tab B.' } });
    a.store.save({ ...a.loaded, visited: ['first', 'second'] });
    expect(stored()?.reflections).toEqual({ r1: 'New thought, typed in tab B.' });
    a.store.save({ ...a.loaded, visited: ['first', 'second'], reflections: { r1: 'Newest, from tab A.' } });
    expect(stored()?.reflections).toEqual({ r1: 'Newest, from tab A.' });
  });

  it('let the learner start over: a reset is saved as it is, not merged back', () => {
    const a = openTab();
    a.store.save(facts);
    a.store.save(emptyFacts);
    expect(stored()).toEqual(emptyFacts);
  });
});
