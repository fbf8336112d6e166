import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/course/format-money';

// Intl separates with no-break spaces, so a line never breaks between the symbol and the digits.
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('formatMoney', () => {
  it('writes rand the South African way: symbol first, spaces between thousands, comma before cents', () => {
    const rand = { currency: 'ZAR', locale: 'en-ZA' };
    expect(formatMoney(25000, rand)).toBe(nbsp('R 25 000'));
    expect(formatMoney(62.5, rand)).toBe(nbsp('R 62,50'));
  });

  it('writes euro the German way: symbol after, points between thousands', () => {
    const euro = { currency: 'EUR', locale: 'de-DE' };
    expect(formatMoney(2000, euro)).toBe(nbsp('2.000 €'));
    expect(formatMoney(62.5, euro)).toBe(nbsp('62,50 €'));
  });

  it('shows cents only when the amount has them', () => {
    const pounds = { currency: 'GBP', locale: 'en-GB' };
    expect(formatMoney(312, pounds)).toBe('£312');
    expect(formatMoney(312.05, pounds)).toBe('£312.05');
  });
});
