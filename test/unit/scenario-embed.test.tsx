import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { beforeEach, expect, it, vi } from 'vitest';
import { readScenarioFile } from '../../scripts/content/scenario-index';
import { ScenarioEmbed } from '../../src/scenario/scenario-embed';
import { sampleCatalog } from './support/catalog';
import { renderWithProgress } from './support/render-course';

const loaders = vi.hoisted((): { current: Record<string, () => Promise<unknown>> } => ({ current: {} }));

// The real module comes from scenariosPlugin at build time; here each test says what loads.
vi.mock('virtual:scenario-loaders', () => ({
  get scenarioLoaders() {
    return loaders.current;
  },
}));

const root = resolve(import.meta.dirname, '../..');
const lateDelivery = readScenarioFile(root, resolve(root, 'scenarios/late-delivery.yaml')).scenario;

/** Rendered inside an awaited act, as React 19 asks for components that suspend on data. */
async function renderEmbed(id: string) {
  await act(async () => {
    await renderWithProgress(<ScenarioEmbed id={id} />, sampleCatalog());
    await Promise.resolve();
  });
}

beforeEach(() => {
  loaders.current = {};
});

it('loads the scenario on demand and plays it', async () => {
  let resolve = (_: unknown) => {};
  const loading = new Promise((r) => (resolve = r));
  loaders.current = { 'late-delivery': () => loading };
  await renderEmbed('late-delivery');
  expect(screen.getByRole('status')).toHaveTextContent('Loading the role-play…');
  await act(async () => {
    resolve({ scenario: lateDelivery });
    await loading;
  });
  expect(screen.getByRole('heading', { name: 'The late delivery' })).toBeVisible();
  expect(screen.getByRole('group', { name: 'How do you reply?' })).toBeVisible();
});

it('says so when no scenario has the id', async () => {
  await renderEmbed('no-such-thing');
  expect(screen.getByRole('alert')).toHaveTextContent('There is no role-play with the id “no-such-thing”');
});

it('offers to try again when the scenario fails to load, and recovers', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  let calls = 0;
  // Loaded chunks are cached for the page's lifetime, so this test uses an id no other test loads.
  loaders.current = {
    'flaky-connection': () =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ scenario: lateDelivery }),
  };
  await renderEmbed('flaky-connection');
  expect(await screen.findByRole('alert')).toHaveTextContent('This role-play could not be loaded');
  const retry = screen.getByRole('button', { name: 'Try loading it again' });
  await act(async () => userEvent.click(retry));
  expect(screen.getByRole('heading', { name: 'The late delivery' })).toBeVisible();
  expect(calls).toBe(2);
});
