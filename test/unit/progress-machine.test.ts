import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { completionPercent, lessonStatus } from '../../src/course/completion';
import { progressMachine } from '../../src/course/progress.machine';
import { emptyFacts, type ProgressFacts, type ScenarioAttempt } from '../../src/course/progress-facts';
import { courseScore, hasPassed } from '../../src/course/scoring';
import { sampleCatalog } from './support/catalog';

const catalog = sampleCatalog();

function start(facts: ProgressFacts | null = null) {
  const saved: ProgressFacts[] = [];
  // The course machine is the parent in the app; here the two reports are caught directly.
  const machine = progressMachine.provide({
    actions: { persistFacts: (_, { facts: f }) => void saved.push(f), reportCheck: () => {} },
  });
  const actor = createActor(machine, {
    input: { catalog, facts, restoreProblem: null, freshOrderSeed: 'testseed' },
  }).start();
  return { actor, saved };
}

const attempt = (band: ScenarioAttempt['band']): ScenarioAttempt => ({
  endingId: `end-${band}`,
  band,
  path: [{ replyId: 'r1', band }],
  seconds: 30,
});

describe('progress machine', () => {
  it('gives a first attempt the fresh order seed, keeps a saved one, and saves a new one on start over', () => {
    const first = start();
    first.actor.send({ type: 'lesson.visited', lessonId: 'first' });
    expect(first.saved.at(-1)?.orderSeed).toBe('testseed');

    const resumed = start({ ...emptyFacts, visited: ['first'], orderSeed: 'saved1' });
    resumed.actor.send({ type: 'lesson.visited', lessonId: 'second' });
    expect(resumed.saved.at(-1)?.orderSeed).toBe('saved1');
    resumed.actor.send({ type: 'progress.reset' });
    const again = resumed.saved.at(-1)?.orderSeed;
    expect(again).toBeDefined();
    expect(again).not.toBe('saved1');
    expect(resumed.saved.at(-1)?.visited).toEqual([]);
  });

  it('starts fresh with no facts, then is returning after a lesson visit, saving each new fact', () => {
    const { actor, saved } = start();
    expect(actor.getSnapshot().hasTag('fresh')).toBe(true);
    actor.send({ type: 'lesson.visited', lessonId: 'first' });
    const snap = actor.getSnapshot();
    expect(snap.hasTag('returning')).toBe(true);
    expect(snap.context.facts.visited).toEqual(['first']);
    expect(snap.context.facts.location).toBe('first');
    expect(saved.at(-1)?.location).toBe('first');
  });

  it('ignores visits to lessons the course does not have', () => {
    const { actor, saved } = start();
    actor.send({ type: 'lesson.visited', lessonId: 'nope' });
    expect(actor.getSnapshot().context.facts.visited).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('records only the first answer to a knowledge check, marking it right or wrong', () => {
    const { actor } = start();
    actor.send({ type: 'check.answered', checkId: 'q2', answer: ['c', 'a'], latencyMs: 900, prompt: 'Pick a and c' });
    actor.send({ type: 'check.answered', checkId: 'q2', answer: ['b'], latencyMs: 400, prompt: 'Pick a and c' });
    actor.send({ type: 'check.answered', checkId: 'q1', answer: ['a'], latencyMs: 400, prompt: 'Pick b' });
    expect(actor.getSnapshot().context.facts.checks).toEqual({
      q2: { answer: ['c', 'a'], correct: true },
      q1: { answer: ['a'], correct: false },
    });
  });

  it('counts every scenario run and keeps the best band', () => {
    const { actor } = start();
    actor.send({ type: 'scenario.finished', scenarioId: 'sc', attempt: attempt('mediocrity') });
    actor.send({ type: 'scenario.finished', scenarioId: 'sc', attempt: attempt('wow') });
    actor.send({ type: 'scenario.finished', scenarioId: 'sc', attempt: attempt('misery') });
    const record = actor.getSnapshot().context.facts.scenarios.sc;
    expect(record?.played).toBe(3);
    expect(record?.best).toBe('wow');
  });

  it('reaches complete only when every lesson, check and scenario is done', () => {
    const { actor } = start();
    for (const lessonId of ['hello', 'first', 'second']) actor.send({ type: 'lesson.visited', lessonId });
    actor.send({ type: 'check.answered', checkId: 'q1', answer: ['b'], latencyMs: 1, prompt: 'Pick b' });
    actor.send({ type: 'check.answered', checkId: 'q2', answer: ['a'], latencyMs: 1, prompt: 'Pick a and c' });
    expect(actor.getSnapshot().hasTag('complete')).toBe(false);
    actor.send({ type: 'scenario.finished', scenarioId: 'sc', attempt: attempt('wow') });
    expect(actor.getSnapshot().hasTag('complete')).toBe(true);
    expect(completionPercent(catalog, actor.getSnapshot().context.facts)).toBe(100);
  });

  it('tags a complete course passed only while its score reaches the pass mark', () => {
    const { actor } = start();
    for (const lessonId of ['hello', 'first', 'second']) actor.send({ type: 'lesson.visited', lessonId });
    actor.send({ type: 'check.answered', checkId: 'q1', answer: ['b'], latencyMs: 1, prompt: 'Pick b' });
    actor.send({ type: 'check.answered', checkId: 'q2', answer: ['a'], latencyMs: 1, prompt: 'Pick a and c' });
    actor.send({ type: 'scenario.finished', scenarioId: 'sc', attempt: attempt('misery') });
    // 0 for the role-play (weight 70) and 50 for the checks (weight 30): 15, under the mark of 75.
    expect(actor.getSnapshot().hasTag('complete')).toBe(true);
    expect(actor.getSnapshot().hasTag('passed')).toBe(false);
    actor.send({ type: 'scenario.finished', scenarioId: 'sc', attempt: attempt('wow') });
    // 100 × 70 + 50 × 30, over 100: 85.
    expect(actor.getSnapshot().hasTag('passed')).toBe(true);
  });

  it('resumes from restored facts, and start over clears and saves empty facts', () => {
    const facts: ProgressFacts = {
      visited: ['hello'],
      checks: {},
      scenarios: {},
      reflections: { r1: 'note' },
      location: 'hello',
    };
    const { actor, saved } = start(facts);
    expect(actor.getSnapshot().hasTag('returning')).toBe(true);
    actor.send({ type: 'progress.reset' });
    expect(actor.getSnapshot().hasTag('fresh')).toBe(true);
    expect(actor.getSnapshot().context.facts.reflections).toEqual({});
    expect(saved.at(-1)?.visited).toEqual([]);
  });

  it('shows a restore problem until the learner dismisses it', () => {
    const actor = createActor(progressMachine, {
      input: { catalog, facts: null, restoreProblem: 'corrupt', freshOrderSeed: 'testseed' },
    }).start();
    expect(actor.getSnapshot().matches({ notice: 'restoreFailed' })).toBe(true);
    actor.send({ type: 'notice.dismissed' });
    expect(actor.getSnapshot().matches({ notice: 'none' })).toBe(true);
  });
});

describe('derived progress', () => {
  const facts = (over: Partial<ProgressFacts>): ProgressFacts => ({
    visited: [],
    checks: {},
    scenarios: {},
    reflections: {},
    location: null,
    ...over,
  });

  it('has no score before any scored activity', () => {
    expect(courseScore(catalog, facts({ visited: ['hello', 'first'] }))).toBeNull();
  });

  it('weights scenarios and checks as configured, counting unplayed items as zero', () => {
    const someChecks = facts({ checks: { q1: { answer: ['b'], correct: true } } });
    expect(courseScore(catalog, someChecks)).toBe(15);
    const all = facts({
      checks: { q1: { answer: ['b'], correct: true }, q2: { answer: ['a'], correct: false } },
      scenarios: { sc: { played: 2, best: 'mediocrity' } },
    });
    expect(courseScore(catalog, all)).toBe(50);
    expect(hasPassed(catalog, all)).toBe(false);
  });

  it('counts a practice question in the ungraded opening nowhere, so the score matches the module cards', () => {
    const withPractice = {
      ...catalog,
      lessons: catalog.lessons.map((l) => (l.id === 'hello' ? { ...l, checkIds: ['practice'] } : l)),
      checks: [
        ...catalog.checks,
        { id: 'practice', lessonId: 'hello', multiple: false, fixedOrder: false, options: [] },
      ],
    };
    expect(courseScore(withPractice, facts({ checks: { practice: { answer: ['a'], correct: true } } }))).toBeNull();
    const q1Only = facts({ checks: { q1: { answer: ['b'], correct: true } } });
    const q1AndPractice = facts({
      checks: { q1: { answer: ['b'], correct: true }, practice: { answer: ['a'], correct: true } },
    });
    expect(courseScore(withPractice, q1AndPractice)).toBe(courseScore(catalog, q1Only));
  });

  it('marks a lesson in progress until its checks and scenarios are done', () => {
    const second = catalog.lessons[2]!;
    expect(lessonStatus(second, facts({}))).toBe('not-started');
    expect(lessonStatus(second, facts({ visited: ['second'] }))).toBe('in-progress');
    const done = facts({
      visited: ['second'],
      checks: { q2: { answer: ['a'], correct: false } },
      scenarios: { sc: { played: 1, best: 'misery' } },
    });
    expect(lessonStatus(second, done)).toBe('done');
  });
});
