import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KnowledgeCheck } from '../../src/content/knowledge-check';
import { Option } from '../../src/content/option';
import { renderWithProgress } from './support/render-course';
import { sampleCatalog } from './support/catalog';

const catalog = sampleCatalog();

function MultipleCheck() {
  return (
    <KnowledgeCheck id="q2" question="Pick a and c" multiple>
      <Option id="a" correct feedback="A is right because of reasons.">
        Alpha
      </Option>
      <Option id="b" feedback="B is a trap.">
        Bravo
      </Option>
      <Option id="c" correct feedback="C is right too.">
        Charlie
      </Option>
    </KnowledgeCheck>
  );
}

describe('knowledge check', () => {
  it('records the first answer, shows teaching feedback, and keeps later tries as practice', async () => {
    const user = userEvent.setup();
    const { saved } = renderWithProgress(<MultipleCheck />, catalog);
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

  it('shows a returning learner the answer they already gave', () => {
    renderWithProgress(<MultipleCheck />, catalog, {
      visited: ['second'],
      checks: { q2: { answer: ['a', 'c'], correct: true } },
      scenarios: {},
      reflections: {},
      location: 'second',
    });
    expect(screen.getByRole('checkbox', { name: 'Alpha' })).toBeChecked();
    expect(screen.getByText('✓ That’s right.')).toBeVisible();
  });
});
