import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mdxComponents } from '../../src/content/mdx-components';

// A course configured for euro in Germany, so the test shows the tag follows the configuration
// rather than the default rand.
vi.mock('virtual:course-catalog', async () => {
  const { sampleCatalog } = await import('./support/catalog');
  return { catalog: sampleCatalog({ money: { currency: 'EUR', locale: 'de-DE' } }) };
});

describe('the <Money> lesson tag', () => {
  it('writes the amount in the currency and locale of course.config.json', () => {
    const { container } = render(
      <p>
        about to spend <mdxComponents.Money amount="2000" />, and
      </p>,
    );
    expect(container.textContent).toBe('about to spend 2.000\u00a0€, and');
  });

  it('keeps cents when the author wrote them', () => {
    const { container } = render(<mdxComponents.Money amount="62.50" />);
    expect(container.textContent).toBe('62,50\u00a0€');
  });
});
