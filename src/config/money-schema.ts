import { z } from 'zod';

/** What a course sold in South Africa shows when course.config.json says nothing about money. */
export const DEFAULT_MONEY = { currency: 'ZAR', locale: 'en-ZA' } as const;

// Intl accepts any three letters as a currency and formats "XYZ 25", so a typo would pass
// silently; only the codes the runtime lists are real ISO 4217 currencies it can name.
function isKnownCurrency(code: string): boolean {
  return Intl.supportedValuesOf('currency').includes(code);
}

function isKnownLocale(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length === 1;
  } catch {
    return false;
  }
}

/** How lessons and role-plays write amounts: a currency, and the locale whose style writes it. */
export const moneySettingSchema = z
  .object({
    currency: z.string().refine(isKnownCurrency, {
      error: (issue) =>
        `"${String(issue.input)}" is not an ISO 4217 currency code that Intl knows; use an uppercase code such as ZAR, EUR or USD`,
    }),
    locale: z.string().refine(isKnownLocale, {
      error: (issue) => `"${String(issue.input)}" is not a locale Intl supports; use a tag such as en-ZA or en-GB`,
    }),
  })
  .strict();

/** The course's `money` setting, which falls back to rand for a course that says nothing. */
export const moneySchema = moneySettingSchema.default(DEFAULT_MONEY);
