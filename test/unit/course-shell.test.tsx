import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalog } from 'virtual:course-catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import { orderedLessons, totalMinutes } from '../../src/course/navigation';
import { App } from '../../src/ui/app';
import { renderWithProgress } from './support/render-course';

const lessons = orderedLessons(catalog);

// The screens load on demand; transforming them on first import can take the test runner longer
// than findBy waits, so they are imported once up front, as a browser would have them cached.
beforeAll(async () => {
  await Promise.all([
    import('../../src/ui/lesson-screen'),
    import('../../src/ui/outline-screen'),
    import('../../src/ui/results-screen'),
  ]);
});

describe('course shell', () => {
  it('shows the course, its modules, duration and pass mark on the start screen', async () => {
    await renderWithProgress(<App />, catalog);
    expect(screen.getByRole('heading', { level: 1, name: catalog.config.title })).toBeVisible();
    for (const module of catalog.modules.filter((m) => m.graded))
      expect(screen.getByRole('heading', { level: 3, name: module.title })).toBeVisible();
    expect(screen.getByRole('list', { name: 'At a glance' })).toHaveTextContent(
      `Pass mark ${catalog.config.passMark}%`,
    );
    expect(totalMinutes(catalog)).toBeGreaterThan(60);
    expect(screen.getByRole('link', { name: 'Start course' })).toHaveAttribute('href', `#/lesson/${lessons[0]?.id}`);
    expect(screen.queryByRole('button', { name: 'Start over' })).not.toBeInTheDocument();
  });

  it('lists every module and lesson in the outline with minutes and status', async () => {
    window.location.hash = '#/outline';
    await renderWithProgress(<App />, catalog, {
      visited: [lessons[0]!.id],
      checks: {},
      scenarios: {},
      reflections: {},
      location: lessons[0]!.id,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Course outline' })).toBeVisible();
    for (const lesson of lessons) {
      const link = screen.getByRole('link', { name: lesson.title });
      const item = link.closest('li');
      expect(item).not.toBeNull();
      expect(within(item!).getByText(`${lesson.minutes} min`)).toBeVisible();
    }
    expect(screen.getAllByText('Not started').length).toBeGreaterThan(0);
  });

  it('opens a lesson with its position in the module, and moves to the next one', async () => {
    const user = userEvent.setup();
    const [first, second] = lessons;
    window.location.hash = `#/lesson/${first!.id}`;
    const { saved } = await renderWithProgress(<App />, catalog);
    expect(await screen.findByRole('heading', { level: 1, name: first!.title })).toBeVisible();
    expect(screen.getByText(/^Lesson 1 of \d+$/)).toBeVisible();
    // The visit is saved by an effect after the lesson shows; wait for the save, not for a time.
    await waitFor(() => expect(saved.at(-1)?.location).toBe(first!.id));
    await user.click(screen.getByRole('link', { name: new RegExp(`^Next: ${second!.title}`) }));
    expect(await screen.findByRole('heading', { level: 1, name: second!.title })).toBeVisible();
    await waitFor(() => expect(saved.at(-1)?.visited).toEqual([first!.id, second!.id]));
  });

  it('asks before starting over, and clears progress only when confirmed', async () => {
    const user = userEvent.setup();
    const facts = { visited: [lessons[0]!.id], checks: {}, scenarios: {}, reflections: {}, location: lessons[0]!.id };
    const { saved } = await renderWithProgress(<App />, catalog, facts);
    expect(screen.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(await screen.findByRole('button', { name: 'Keep my progress' }));
    expect(saved).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, start over' }));
    expect(saved.at(-1)?.visited).toEqual([]);
    expect(screen.getByRole('link', { name: 'Start course' })).toBeVisible();
  });
});
