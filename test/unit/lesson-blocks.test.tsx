import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Accordion, Panel } from '../../src/content/accordion';
import { After, Before, Compare } from '../../src/content/compare';
import { Figure } from '../../src/content/figure';
import { PullQuote } from '../../src/content/pull-quote';
import { Reveal } from '../../src/content/reveal';
import { Step, Steps } from '../../src/content/steps';

describe('<Reveal>', () => {
  function renderReveal() {
    render(
      <>
        <p>Guest asks for the Wi-Fi password again. What would you say?</p>
        <Reveal label="Show one way to answer">
          <p>Give it as if it were news.</p>
        </Reveal>
        <a href="#next">Next lesson</a>
      </>,
    );
    return screen.getByRole('button', { name: 'Show one way to answer' });
  }

  it('hides the answer until the learner asks, then shows it right after the button', async () => {
    const user = userEvent.setup();
    const button = renderReveal();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Give it as if it were news.')).not.toBeVisible();

    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveFocus();
    const answer = screen.getByText('Give it as if it were news.');
    expect(answer).toBeVisible();
    // The region the button controls holds the answer, so a screen reader can go to it.
    expect(document.getElementById(button.getAttribute('aria-controls') ?? '')).toContainElement(answer);
    // Reading order: the answer comes straight after the button.
    expect(button.compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('closes again with Space, keeping focus on the button', async () => {
    const user = userEvent.setup();
    const button = renderReveal();
    await user.tab();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.queryByText('Give it as if it were news.')).not.toBeVisible();
  });
});

describe('<Accordion>', () => {
  function renderAccordion() {
    render(
      <Accordion>
        <Panel title="Role-plays">
          <p>Your best attempt counts.</p>
        </Panel>
        <Panel title="The pass mark">
          <p>Your organisation sets it.</p>
        </Panel>
      </Accordion>,
    );
  }

  it('shows each panel title as something the learner can open, all closed at first', () => {
    renderAccordion();
    expect(screen.getByText('Role-plays').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText('The pass mark').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText('Your best attempt counts.')).not.toBeVisible();
  });

  // jsdom does not activate a summary from the keyboard as browsers do; the browser test
  // (test/browser/lesson-blocks.test.ts) opens panels with Enter and Space in Chromium.
  it('puts each panel title in the Tab order and opens the panel when activated', async () => {
    const user = userEvent.setup();
    renderAccordion();
    await user.tab();
    expect(screen.getByText('Role-plays')).toHaveFocus();
    await user.tab();
    expect(screen.getByText('The pass mark')).toHaveFocus();
    await user.click(screen.getByText('The pass mark'));
    expect(screen.getByText('The pass mark').closest('details')).toHaveAttribute('open');
    expect(screen.getByText('Your organisation sets it.')).toBeVisible();
    expect(screen.getByText('Your best attempt counts.')).not.toBeVisible();
  });
});

describe('<Steps>', () => {
  it('is an ordered list, one item per step, each with its title and words', () => {
    render(
      <Steps>
        <Step title="Breathe">One slow breath.</Step>
        <Step title="Name it">Notice the feeling.</Step>
        <Step title="Aim high">Ask what a good outcome is.</Step>
      </Steps>,
    );
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'BreatheOne slow breath.',
      'Name itNotice the feeling.',
      'Aim highAsk what a good outcome is.',
    ]);
  });
});

describe('<Compare>', () => {
  it('names each side, so a screen reader says which version it is reading', () => {
    render(
      <Compare>
        <Before>
          <p>I understand your frustration.</p>
        </Before>
        <After>
          <p>You've rung three times this week.</p>
        </After>
      </Compare>,
    );
    expect(screen.getByRole('group', { name: 'What was said' })).toHaveTextContent('I understand your frustration.');
    expect(screen.getByRole('group', { name: 'What could have been said' })).toHaveTextContent(
      "You've rung three times this week.",
    );
  });

  it('takes the author’s own labels', () => {
    render(
      <Compare>
        <Before label="A bare no">
          <p>No.</p>
        </Before>
        <After label="The right kind of no">
          <p>Not this, but here is what I can do.</p>
        </After>
      </Compare>,
    );
    expect(screen.getByRole('group', { name: 'A bare no' })).toHaveTextContent('No.');
    expect(screen.getByRole('group', { name: 'The right kind of no' })).toHaveTextContent('here is what I can do');
  });
});

describe('<PullQuote> and <Figure>', () => {
  it('shows a quote with who said it, as a figure with its caption', () => {
    render(
      <PullQuote cite="A customer who moved provider">
        <p>One small thing after another.</p>
      </PullQuote>,
    );
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('One small thing after another.').closest('blockquote')).not.toBeNull();
    expect(figure.querySelector('figcaption')).toHaveTextContent('A customer who moved provider');
  });

  it('captions the figure', () => {
    render(
      <Figure caption="Three endings for one moment">
        <table>
          <tbody>
            <tr>
              <td>WOW</td>
            </tr>
          </tbody>
        </table>
      </Figure>,
    );
    const figure = screen.getByRole('figure');
    expect(figure).toContainElement(screen.getByRole('table'));
    expect(figure.querySelector('figcaption')).toHaveTextContent('Three endings for one moment');
  });
});
