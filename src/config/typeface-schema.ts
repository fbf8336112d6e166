import { z } from 'zod';

/**
 * Only letters, digits, spaces, hyphens, underscores, commas and quotes: enough for any font
 * stack, and nothing that could close the CSS rule it is written into.
 */
const FONT_STACK = /^[A-Za-z0-9 ,'"_-]+$/;

const faceSetting = z.union([
  z.literal('bundled'),
  z.literal('system'),
  z
    .string()
    .regex(
      FONT_STACK,
      'use "bundled", "system" or a CSS font stack such as "Brand Sans", Arial, sans-serif (letters, digits, spaces, commas, quotes and hyphens only)',
    )
    .refine((stack) => stack.trim().length > 0, 'must not be empty'),
]);

/**
 * The `typeface` setting. "bundled" is Atkinson Hyperlegible Next, shipped in the package;
 * "system" is a deliberate stack of fonts every device already has, and ships no font file;
 * anything else is a stack of fonts the company knows its learners' machines have.
 */
export const typefaceSchema = z
  .object({
    body: faceSetting.default('bundled'),
    headings: faceSetting.default('bundled'),
  })
  .strict();

export type FaceSetting = z.infer<typeof faceSetting>;
export type Typeface = z.infer<typeof typefaceSchema>;
