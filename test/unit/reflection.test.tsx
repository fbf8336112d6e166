import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Reflection, REFLECTION_MAX_LENGTH } from '../../src/content/reflection';
import { renderWithProgress } from './support/render-course';
import { sampleCatalog } from './support/catalog';

describe('reflection', () => {
  it('saves what the learner types when they leave the field, within the length limit', async () => {
    const user = userEvent.setup();
    const { saved } = await renderWithProgress(
      <Reflection id="r1" prompt="What will you try tomorrow?" />,
      sampleCatalog(),
    );
    const field = screen.getByRole('textbox', { name: /What will you try tomorrow\?/ });
    expect(field).toHaveAttribute('maxlength', String(REFLECTION_MAX_LENGTH));
    await user.type(field, 'Greet every caller by name.');
    await user.tab();
    expect(saved.at(-1)?.reflections).toEqual({ r1: 'Greet every caller by name.' });
    expect(screen.getByText(/saved$/)).toBeVisible();
  });
});
