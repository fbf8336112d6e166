import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { catalog } from 'virtual:course-catalog';
import 'virtual:brand.css';
import { ProgressContext } from './course/progress-context';
import { progressMachine } from './course/progress.machine';
import { createLocalStorageStore } from './persistence/local-storage-store';
import { App } from './ui/app';
import './ui/styles.css';

const store = createLocalStorageStore(catalog.config.id);
const loaded = store.load();

const machine = progressMachine.provide({
  actions: {
    persistFacts: (_, { facts }) => store.save(facts),
  },
});

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <ProgressContext.Provider logic={machine} options={{ input: { catalog, facts: loaded.facts, restoreProblem: loaded.problem } }}>
        <App />
      </ProgressContext.Provider>
    </StrictMode>,
  );
}
