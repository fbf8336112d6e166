import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReportingMode } from '../../src/config/course-config.schema';
import { certificateId, localDay } from '../../src/course/certificate-id';
import type { ProgressFacts } from '../../src/course/progress-facts';
import { emptyFacts } from '../../src/course/progress-facts';
import { courseScore } from '../../src/course/scoring';
import { App } from '../../src/ui/app';
import { ResultsScreen } from '../../src/ui/results-screen';
import { sampleCatalog } from './support/catalog';
import { renderWithProgress } from './support/render-course';

/** Every lesson done and both checks right; the role-play's best ending decides the score. */
function finishedWith(best: 'wow' | 'mediocrity'): ProgressFacts {
  return {
    ...emptyFacts,
    visited: ['hello', 'first', 'second'],
    checks: { q1: { answer: ['b'], correct: true }, q2: { answer: ['a', 'c'], correct: true } },
    scenarios: { sc: { played: 2, best } },
  };
}

/** Half way: the first lessons done, the lesson with the role-play not visited. */
const halfWay: ProgressFacts = {
  ...emptyFacts,
  visited: ['hello', 'first'],
  checks: { q1: { answer: ['b'], correct: true } },
};

const catalogFor = (mode: ReportingMode) =>
  sampleCatalog({ reporting: { mode, masteryScoreInManifest: false }, organisation: 'Harbour Skills' });

const certificate = () => screen.queryByRole('figure', { name: 'Certificate of completion' });

beforeAll(async () => {
  await Promise.all([import('../../src/ui/results-screen'), import('../../src/ui/outline-screen')]);
});

afterEach(() => {
  window.location.hash = '';
});

describe.each(['passed-incomplete', 'passed-failed'] as const)('results in the pass-mark mode %s', (mode) => {
  const catalog = catalogFor(mode);

  it('offers a certificate with the name, course, result against the pass mark, date, id and signatory once passed', async () => {
    const facts = finishedWith('wow');
    await renderWithProgress(<ResultsScreen learnerName={null} />, catalog, facts);
    await userEvent.type(screen.getByLabelText('Your name, as it should appear on the certificate'), 'Sam Okafor');
    const figure = within(certificate()!);
    expect(figure.getByText('Sam Okafor')).toBeVisible();
    expect(figure.getByText(catalog.config.title)).toBeVisible();
    expect(figure.getByText(`Score ${courseScore(catalog, facts)}% · pass mark 75%`)).toBeVisible();
    expect(figure.getAllByText('Harbour Skills')).toHaveLength(2);
    expect(figure.getByText('Signed for')).toBeVisible();
    const today = localDay(new Date());
    expect(figure.getByText('Date of completion').nextElementSibling).toHaveAttribute('datetime', today);
    expect(
      figure.getByText(
        certificateId({ courseId: 'sample-course', courseVersion: '1.0.0', learnerName: 'Sam Okafor', day: today }),
      ),
    ).toBeVisible();
    expect(certificate()!.querySelector('img')).toHaveAttribute('src', catalog.config.logo);
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  });

  it('shows a learner below the pass mark which role-plays to replay, with links, and no certificate', async () => {
    const facts = finishedWith('mediocrity');
    await renderWithProgress(<ResultsScreen learnerName="Sam Okafor" />, catalog, facts);
    expect(certificate()).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Print or save as PDF' })).not.toBeInTheDocument();
    const todo = within(screen.getByRole('region', { name: 'What you still need to do' }));
    expect(
      todo.getByText(`Your score is ${courseScore(catalog, facts)}% and the pass mark is 75%.`, { exact: false }),
    ).toBeVisible();
    expect(todo.getByRole('heading', { name: 'Role-plays to replay' })).toBeVisible();
    const list = todo.getByRole('list', { name: 'Module 1: Module one' });
    expect(within(list).getByRole('link', { name: 'A scenario' })).toHaveAttribute('href', '#/lesson/second');
    expect(list).toHaveTextContent('Best so far: Mediocrity');
    expect(todo.queryByRole('heading', { name: 'Lessons to finish' })).not.toBeInTheDocument();
  });
});

describe('a learner who cannot reach the pass mark by replaying role-plays', () => {
  it('is told the most they can reach and how to start again', async () => {
    const facts: ProgressFacts = {
      ...finishedWith('mediocrity'),
      checks: { q1: { answer: ['a'], correct: false }, q2: { answer: ['a'], correct: false } },
    };
    const catalog = catalogFor('passed-failed');
    await renderWithProgress(<ResultsScreen learnerName="Sam Okafor" />, catalog, facts);
    const todo = within(screen.getByRole('region', { name: 'What you still need to do' }));
    const best = courseScore(catalog, { ...facts, scenarios: { sc: { played: 1, best: 'wow' } } });
    expect(best).toBeLessThan(catalog.config.passMark);
    expect(
      todo.getByText(`Even with every role-play ended in WOW, your score would be ${best}%.`, { exact: false }),
    ).toBeVisible();
    expect(todo.getByRole('link', { name: 'start page' })).toHaveAttribute('href', '#/');
  });
});

describe('results in the completion-only mode', () => {
  const catalog = catalogFor('completed-incomplete');

  it('offers the certificate once everything is done, whatever the score, without a score on it', async () => {
    await renderWithProgress(<ResultsScreen learnerName="Sam Okafor" />, catalog, finishedWith('mediocrity'));
    const figure = within(certificate()!);
    expect(figure.getByText('Sam Okafor')).toBeVisible();
    expect(figure.queryByText(/pass mark/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Your name, as it should appear on the certificate')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'What you still need to do' })).not.toBeInTheDocument();
  });
});

describe.each(['passed-incomplete', 'passed-failed', 'completed-incomplete'] as const)(
  'an unfinished course in the mode %s',
  (mode) => {
    it('lists the lessons still to finish, with links, and no certificate', async () => {
      await renderWithProgress(<ResultsScreen learnerName="Sam Okafor" />, catalogFor(mode), halfWay);
      expect(certificate()).not.toBeInTheDocument();
      const todo = within(screen.getByRole('region', { name: 'What you still need to do' }));
      expect(todo.getByRole('link', { name: 'Second' })).toHaveAttribute('href', '#/lesson/second');
      expect(todo.queryByRole('link', { name: 'First' })).not.toBeInTheDocument();
    });
  },
);

describe('ways to the results screen', () => {
  const catalog = catalogFor('passed-incomplete');

  it('are not in the header or the outline before the course is complete', async () => {
    window.location.hash = '#/outline';
    await renderWithProgress(<App />, catalog, halfWay);
    await screen.findByRole('heading', { level: 1, name: 'Course outline' });
    expect(screen.queryByRole('link', { name: 'Results' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'See your results' })).not.toBeInTheDocument();
  });

  it('appear in the header and the outline once it is complete, even below the pass mark', async () => {
    window.location.hash = '#/outline';
    await renderWithProgress(<App />, catalog, finishedWith('mediocrity'));
    await screen.findByRole('heading', { level: 1, name: 'Course outline' });
    const nav = within(screen.getByRole('navigation', { name: 'Course' }));
    expect(nav.getByRole('link', { name: 'Results' })).toHaveAttribute('href', '#/results');
    await userEvent.click(screen.getByRole('link', { name: 'See your results' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible());
  });
});

describe('certificate id', () => {
  const facts = { courseId: 'moments-of-truth', courseVersion: '1.0.0', learnerName: 'Sam Okafor', day: '2026-12-05' };

  it('is the same for the same learner, course and day, and reads as MOT-XXXX-XXXX', () => {
    expect(certificateId(facts)).toBe(certificateId({ ...facts, learnerName: '  sam   okafor ' }));
    expect(certificateId(facts)).toMatch(/^MOT-[0-9A-F]{4}-[0-9A-F]{4}$/);
  });

  it('changes with the learner, the day and the course version', () => {
    const ids = new Set([
      certificateId(facts),
      certificateId({ ...facts, learnerName: 'Sam Okafar' }),
      certificateId({ ...facts, day: '2026-12-06' }),
      certificateId({ ...facts, courseVersion: '1.0.1' }),
    ]);
    expect(ids.size).toBe(4);
  });
});
