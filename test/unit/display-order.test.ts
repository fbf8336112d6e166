import { describe, expect, it } from 'vitest';
import { displayOrder } from '../../src/course/display-order';
import { nextOrderSeed } from '../../src/course/next-order-seed';

const options = ['a', 'b', 'c', 'd'];
const seeds = Array.from({ length: 400 }, (_, i) => `learner${i.toString(36)}`);

describe('the order options and replies are shown in', () => {
  it('is the same every time for one attempt and one check, so a resume shows what the learner saw', () => {
    for (const seed of seeds.slice(0, 20))
      expect(displayOrder(options, seed, 'q1')).toEqual(displayOrder(options, seed, 'q1'));
  });

  it('puts every option first about as often as the others across learners, so position tells nothing', () => {
    const firsts = new Map<string, number>();
    for (const seed of seeds) {
      const [first = ''] = displayOrder(options, seed, 'q1');
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    // 400 learners, 4 options: 100 each on average; a fair shuffle stays well inside 60–140.
    for (const option of options) expect(firsts.get(option) ?? 0, `times "${option}" came first`).toBeGreaterThan(60);
    for (const option of options) expect(firsts.get(option) ?? 0, `times "${option}" came first`).toBeLessThan(140);
  });

  it('orders each check on its own, so one check’s order does not give away another’s', () => {
    const differing = seeds.filter(
      (seed) => displayOrder(options, seed, 'q1').join() !== displayOrder(options, seed, 'q2').join(),
    );
    expect(differing.length).toBeGreaterThan(seeds.length / 2);
  });

  it('keeps every item exactly once', () => {
    for (const seed of seeds.slice(0, 50)) expect([...displayOrder(options, seed, 'q9')].sort()).toEqual(options);
  });

  it('gives a new attempt after "start over" a different seed', () => {
    expect(nextOrderSeed('abc')).not.toBe('abc');
    expect(nextOrderSeed('abc')).toMatch(/^[0-9a-z]{1,16}$/);
  });
});
