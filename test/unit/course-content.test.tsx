import { screen } from '@testing-library/react';
import { catalog } from 'virtual:course-catalog';
import { moduleTools } from 'virtual:module-tools';
import { describe, expect, it } from 'vitest';
import { readLessons } from '../../scripts/content/lesson-index';
import { OutlineScreen } from '../../src/ui/outline-screen';
import { renderWithProgress } from './support/render-course';

const modules = catalog.modules.filter((m) => m.graded);
const lessonsOf = (moduleId: string) => catalog.lessons.filter((l) => l.moduleId === moduleId);
// Key ideas are prose, not catalogue entries, so they are counted in the lesson files themselves.
const keyIdeas = new Map(readLessons(process.cwd()).lessons.map((l) => [l.id, l.keyIdeaCount]));

describe('the course as delivered', () => {
  it('follows the classroom modules, in order', () => {
    expect(modules.map((m) => m.title)).toEqual([
      'Meeting expectations',
      'Moments of truth',
      'Dealing with difficult people',
    ]);
  });

  describe.each(modules)('module $title', (module) => {
    const lessons = lessonsOf(module.id);

    it('has 3 to 5 lessons taking 20 to 30 minutes in all', () => {
      expect(lessons.length).toBeGreaterThanOrEqual(3);
      expect(lessons.length).toBeLessThanOrEqual(5);
      const minutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
      expect(minutes).toBeGreaterThanOrEqual(20);
      expect(minutes).toBeLessThanOrEqual(30);
    });

    it('has a knowledge check and a key idea in every lesson', () => {
      for (const lesson of lessons) {
        expect(lesson.checkIds.length, lesson.id).toBeGreaterThan(0);
        expect(keyIdeas.get(lesson.id), lesson.id).toBeGreaterThan(0);
      }
    });

    it('has at least two role-plays and practical tools for tomorrow', () => {
      expect(lessons.flatMap((l) => l.scenarioIds).length).toBeGreaterThanOrEqual(2);
      expect(moduleTools[module.id]?.length).toBeGreaterThan(0);
    });
  });

  it('has six or more role-plays, each embedded in a lesson', () => {
    expect(catalog.scenarios.length).toBeGreaterThanOrEqual(6);
    for (const scenario of catalog.scenarios) expect(scenario.lessonId, scenario.id).not.toBeNull();
  });

  it('links every lesson from the outline', async () => {
    await renderWithProgress(<OutlineScreen />, catalog);
    for (const lesson of catalog.lessons)
      expect(screen.getByRole('link', { name: lesson.title })).toHaveAttribute('href', `#/lesson/${lesson.id}`);
  });
});
