import type { CourseCatalog } from '../../../src/course/catalog';

/** A small course in the catalogue's shape, for tests of logic that must not depend on the real content. */
export function sampleCatalog(overrides: Partial<CourseCatalog['config']> = {}): CourseCatalog {
  return {
    config: {
      id: 'sample-course',
      version: '1.0.0',
      title: 'Sample course',
      subtitle: '',
      organisation: 'Test Org',
      description: 'A course for tests.',
      logo: 'brand/logo.svg',
      passMark: 75,
      scoreWeights: { scenarios: 70, knowledgeChecks: 30 },
      reporting: { mode: 'passed-incomplete', masteryScoreInManifest: false },
      money: { currency: 'ZAR', locale: 'en-ZA' },
      ...overrides,
    },
    modules: [
      { id: 'intro', title: 'Welcome', summary: '', graded: false, lessonIds: ['hello'] },
      {
        id: 'one',
        title: 'Module one',
        summary: '',
        graded: true,
        lessonIds: ['first', 'second'],
      },
    ],
    lessons: [
      { id: 'hello', moduleId: 'intro', title: 'Hello', minutes: 3, checkIds: [], scenarioIds: [], reflectionIds: [] },
      {
        id: 'first',
        moduleId: 'one',
        title: 'First',
        minutes: 5,
        checkIds: ['q1'],
        scenarioIds: [],
        reflectionIds: ['r1'],
      },
      {
        id: 'second',
        moduleId: 'one',
        title: 'Second',
        minutes: 5,
        checkIds: ['q2'],
        scenarioIds: ['sc'],
        reflectionIds: [],
      },
    ],
    checks: [
      {
        id: 'q1',
        lessonId: 'first',
        multiple: false,
        fixedOrder: false,
        options: [
          { id: 'a', correct: false },
          { id: 'b', correct: true },
        ],
      },
      {
        id: 'q2',
        lessonId: 'second',
        multiple: true,
        fixedOrder: false,
        options: [
          { id: 'a', correct: true },
          { id: 'b', correct: false },
          { id: 'c', correct: true },
        ],
      },
    ],
    scenarios: [
      {
        id: 'sc',
        title: 'A scenario',
        lessonId: 'second',
      },
    ],
  };
}
