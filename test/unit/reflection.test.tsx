import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Reflection, REFLECTION_MAX_LENGTH } from '../../src/content/reflection';
import type { CourseCatalog } from '../../src/course/catalog';
import { sampleCatalog } from './support/catalog';
import { renderWithProgress } from './support/render-course';

const PROMPT = 'What will you try tomorrow?';
const field = () => screen.getByRole('textbox', { name: /What will you try tomorrow\?/ });
/** A change as the browser reports it; synchronous, so the 0.8 s save delay cannot have run after it. */
const typeInstantly = (text: string) => fireEvent.change(field(), { target: { value: text } });

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => setVisibility('visible'));

describe('reflection', () => {
  it('saves what the learner types when they leave the field, within the length limit', async () => {
    const user = userEvent.setup();
    const { saved } = await renderWithProgress(<Reflection id="r1" prompt={PROMPT} />, sampleCatalog());
    expect(field()).toHaveAttribute('maxlength', String(REFLECTION_MAX_LENGTH));
    await user.type(field(), 'Greet every caller by name.');
    await user.tab();
    expect(saved.at(-1)?.reflections).toEqual({ r1: 'Greet every caller by name.' });
    expect(screen.getByText('27/280 characters · saved')).toBeVisible();
  });

  it('saves text typed just before the lesson is left (the component unmounts)', async () => {
    const { saved, unmount } = await renderWithProgress(<Reflection id="r1" prompt={PROMPT} />, sampleCatalog());
    typeInstantly('Smile before I pick up.');
    expect(saved.at(-1)?.reflections.r1).toBeUndefined();
    unmount();
    expect(saved.at(-1)?.reflections).toEqual({ r1: 'Smile before I pick up.' });
  });

  it('saves text typed just before the tab is hidden', async () => {
    const { saved } = await renderWithProgress(<Reflection id="r1" prompt={PROMPT} />, sampleCatalog());
    typeInstantly('Ask before I assume.');
    act(() => setVisibility('hidden'));
    expect(saved.at(-1)?.reflections).toEqual({ r1: 'Ask before I assume.' });
  });

  it('saves text typed just before the tab is closed or reloaded', async () => {
    const { saved } = await renderWithProgress(<Reflection id="r1" prompt={PROMPT} />, sampleCatalog());
    typeInstantly('Write it down.');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(saved.at(-1)?.reflections).toEqual({ r1: 'Write it down.' });
  });

  it('counts characters as the learner types, and tells a screen reader only when the limit is near', async () => {
    await renderWithProgress(<Reflection id="r1" prompt={PROMPT} />, sampleCatalog());
    const live = document.querySelector('[aria-live="polite"]');
    typeInstantly('Listen.');
    expect(screen.getByText('7/280 characters')).toBeVisible();
    expect(live).toHaveTextContent(/^$/);
    typeInstantly('x'.repeat(REFLECTION_MAX_LENGTH - 25));
    expect(live).toHaveTextContent(/^$/);
    typeInstantly('x'.repeat(REFLECTION_MAX_LENGTH - 20));
    expect(screen.getByText('260/280 characters')).toBeVisible();
    expect(live).toHaveTextContent('20 characters or fewer left.');
    typeInstantly('x'.repeat(REFLECTION_MAX_LENGTH));
    expect(live).toHaveTextContent('Limit reached: 280 characters.');
  });

  it('never says "saved" for text that would not be kept whole', async () => {
    const base = sampleCatalog();
    const crowded: CourseCatalog = {
      ...base,
      lessons: [
        ...base.lessons,
        ...Array.from({ length: 800 }, (_, i) => ({ ...base.lessons[0]!, id: `extra-${i}`, moduleId: 'intro' })),
      ],
    };
    const visitedEverything = {
      visited: crowded.lessons.map((l) => l.id),
      checks: {},
      scenarios: {},
      reflections: {},
      location: null,
    };
    const user = userEvent.setup();
    const { saved } = await renderWithProgress(<Reflection id="r1" prompt={PROMPT} />, crowded, visitedEverything);
    await user.type(field(), 'Keep this.');
    await user.tab();
    expect(saved.at(-1)?.reflections).toEqual({ r1: 'Keep this.' });
    expect(screen.queryByText(/· saved/)).toBeNull();
    expect(screen.getByText(/too long to save in full/)).toBeVisible();
  });
});
