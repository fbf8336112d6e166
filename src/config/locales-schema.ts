import { z } from 'zod';
import { moneySettingSchema } from './money-schema';

/** A BCP 47 language tag as packages and LMSs read it: a language, then optional script and region. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

/**
 * The languages to build, each its own package. The first is the language the course is written
 * in; each other one needs a complete translation in locales/<code>.xlf.
 */
export const localesSchema = z
  .array(
    z
      .object({
        code: z.string().regex(LANGUAGE_TAG, 'use a language tag such as en-GB, en-ZA, es or pt-BR'),
        /** Amounts in this market's currency; without it, the course's `money` setting. */
        money: moneySettingSchema.optional(),
        /** Writing direction; without it, worked out from the language (Arabic, Hebrew, Persian and Urdu are rtl). */
        dir: z.enum(['ltr', 'rtl']).optional(),
      })
      .strict(),
  )
  .min(1)
  .refine((list) => new Set(list.map((l) => l.code)).size === list.length, 'each language may be listed once');

export type LocaleSetting = z.infer<typeof localesSchema>[number];
