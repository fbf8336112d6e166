import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalog as courseCatalog } from 'virtual:course-catalog';
import { describe, expect, it, vi } from 'vitest';
import CorrectIsNotEnough from '../../lessons/03-dealing-with-difficult-people/02-correct-is-not-enough.mdx';
import type { CheckWording } from '../../src/content/check-content';
import { KnowledgeCheck } from '../../src/content/knowledge-check';
import { displayOrder } from '../../src/course/display-order';
import { emptyFacts } from '../../src/course/progress-facts';
import { mdxComponents } from '../../src/content/mdx-components';
import { renderWithProgress } from './support/render-course';
import { sampleCatalog } from './support/catalog';

/** The words of the sample course's check q2, as the build would extract them from a lesson file. */
const q2 = vi.hoisted((): CheckWording => ({
  question: 'Pick a and c',
  options: [
    { id: 'a', text: 'Alpha', feedback: 'A is right because of reasons.' },
    { id: 'b', text: 'Bravo', feedback: 'B is a trap.' },
    { id: 'c', text: 'Charlie', feedback: 'C is right too.' },
  ],
}));
const catalog = sampleCatalog();

// The real module comes from coursePlugin with the real lessons' checks; the sample course adds its own.
vi.mock('virtual:check-wording', async (importOriginal) => {
  const real = await importOriginal<typeof import('virtual:check-wording')>();
  return { checkWording: { ...real.checkWording, q2 } };
});

function MultipleCheck() {
  return <KnowledgeCheck id="q2" />;
}

describe('knowledge check', () => {
  it('records the first answer, shows teaching feedback, and keeps later tries as practice', async () => {
    const user = userEvent.setup();
    const { saved } = await renderWithProgress(<MultipleCheck />, catalog);
    expect(screen.getByText('Choose all that apply.')).toBeVisible();
    const submit = screen.getByRole('button', { name: 'Check my answer' });
    expect(submit).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Alpha' }));
    await user.click(screen.getByRole('checkbox', { name: 'Bravo' }));
    await user.click(submit);
    expect(screen.getByText('✗ Not quite.')).toBeVisible();
    expect(screen.getByText('B is a trap.')).toBeVisible();
    expect(screen.getByText('C is right too.')).toBeVisible();
    expect(saved.at(-1)?.checks.q2).toEqual({ answer: ['a', 'b'], correct: false });

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('checkbox', { name: 'Alpha' }));
    await user.click(screen.getByRole('checkbox', { name: 'Charlie' }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByText('✓ That’s right.')).toBeVisible();
    expect(screen.getByText(/Your first answer counts towards your score/)).toHaveTextContent('not correct');
    expect(saved.at(-1)?.checks.q2).toEqual({ answer: ['a', 'b'], correct: false });
  });

  it('shows a returning learner the answer they already gave', async () => {
    await renderWithProgress(<MultipleCheck />, catalog, {
      visited: ['second'],
      checks: { q2: { answer: ['a', 'c'], correct: true } },
      scenarios: {},
      reflections: {},
      location: 'second',
    });
    expect(screen.getByRole('checkbox', { name: 'Alpha' })).toBeChecked();
    expect(screen.getByText('✓ That’s right.')).toBeVisible();
  });

  it('shows the options in this attempt’s order, and the same order when the learner resumes', async () => {
    const facts = { ...emptyFacts, orderSeed: 'k3x9q2' };
    const shown = () => screen.getAllByRole('checkbox').map((c) => c.closest('label')?.textContent);
    const expected = displayOrder(q2.options, 'k3x9q2', 'q2').map((o) => o.text);
    const first = await renderWithProgress(<MultipleCheck />, catalog, facts);
    expect(shown()).toEqual(expected);
    first.unmount();
    await renderWithProgress(<MultipleCheck />, catalog, facts);
    expect(shown()).toEqual(expected);
  });

  it('says a practice question in the ungraded opening does not count towards the score', async () => {
    const user = userEvent.setup();
    const practice = {
      ...catalog,
      checks: catalog.checks.map((c) => (c.id === 'q2' ? { ...c, lessonId: 'hello' } : c)),
    };
    await renderWithProgress(<MultipleCheck />, practice);
    await user.click(screen.getByRole('checkbox', { name: 'Alpha' }));
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByText('This is a practice question: it does not count towards your score.')).toBeVisible();
    expect(screen.queryByText(/Your first answer counts towards your score/)).toBeNull();
  });

  it('keeps the written order for a check its author marked fixedOrder', async () => {
    const pinned = { ...catalog, checks: catalog.checks.map((c) => (c.id === 'q2' ? { ...c, fixedOrder: true } : c)) };
    const seedsThatShuffle = ['a1', 'b2', 'c3', 'd4'].filter(
      (seed) => displayOrder(q2.options, seed, 'q2')[0]?.id !== 'a',
    );
    expect(seedsThatShuffle.length, 'a seed that would move Alpha from the top').toBeGreaterThan(0);
    const [seed = 'a1'] = seedsThatShuffle;
    await renderWithProgress(<MultipleCheck />, pinned, { ...emptyFacts, orderSeed: seed });
    expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual([
      'Alpha',
      'Bravo',
      'Charlie',
    ]);
  });

  it('shows a lesson’s check with the question, options and feedback its author wrote', async () => {
    const user = userEvent.setup();
    await renderWithProgress(<CorrectIsNotEnough components={mdxComponents} />, courseCatalog);
    const check = screen.getByRole('group', {
      name: /washing machine correctly.*What would you do before you leave\?/,
    });
    expect(check).toHaveTextContent('Choose one answer.');
    expect(
      screen
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent)
        .sort(),
    ).toEqual([
      'Fill in the job sheet carefully in the van, so the records are right',
      "Head off straight away, so your next customer isn't kept waiting",
      'Read the warranty terms to the customer, so they know what is covered',
      'Show the customer what had failed and how to stop it happening again',
    ]);
    await user.click(
      screen.getByRole('radio', { name: 'Read the warranty terms to the customer, so they know what is covered' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check my answer' }));
    expect(screen.getByText('✗ Not quite.')).toBeVisible();
    expect(screen.getByText(/^Correct and thorough, but reading out terms is a script/)).toBeVisible();
    expect(screen.getByText(/^Yes\. The repair was already right\./)).toBeVisible();
  });
});
