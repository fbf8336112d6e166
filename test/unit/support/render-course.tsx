import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { CourseCatalog } from '../../../src/course/catalog';
import { ProgressContext } from '../../../src/course/progress-context';
import { progressMachine } from '../../../src/course/progress.machine';
import type { ProgressFacts } from '../../../src/course/progress-facts';

/** Renders UI inside a real progress actor, recording every save, as the app does. */
export function renderWithProgress(ui: ReactNode, catalog: CourseCatalog, facts: ProgressFacts | null = null) {
  const saved: ProgressFacts[] = [];
  const machine = progressMachine.provide({ actions: { persistFacts: (_, { facts: f }) => void saved.push(f) } });
  const view = render(
    <ProgressContext.Provider logic={machine} options={{ input: { catalog, facts, restoreProblem: null } }}>
      {ui}
    </ProgressContext.Provider>,
  );
  return { ...view, saved };
}
