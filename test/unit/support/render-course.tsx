import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CourseContext } from '../../../src/app/course-context';
import type { CourseCatalog } from '../../../src/course/catalog';
import type { ProgressFacts } from '../../../src/course/progress-facts';
import { launchCourse, memoryStore, type LaunchOptions } from '../tracking-support/course-session';

/**
 * Renders UI inside the running course machine, as src/main.tsx does, with no LMS: progress is
 * kept by the browser adapter in a store that records every save.
 */
export async function renderWithProgress(
  ui: ReactNode,
  catalog: CourseCatalog,
  facts: ProgressFacts | null = null,
  inspect?: LaunchOptions['inspect'],
) {
  const store = memoryStore(facts);
  const launched = await launchCourse({ catalog, store, inspect });
  const view = render(<CourseContext.Provider value={launched.course}>{ui}</CourseContext.Provider>);
  return { ...view, ...launched, saved: store.saved };
}
