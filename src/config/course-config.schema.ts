import { z } from 'zod';
import { localesSchema } from './locales-schema';
import { moneySchema } from './money-schema';
import { typefaceSchema } from './typeface-schema';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a six-digit hex colour such as #0f5c5a');

const themeColours = z.object({ primary: hexColour, accent: hexColour, background: hexColour, text: hexColour });

/**
 * Colours for learners whose device asks for a dark theme. Optional: without them the course uses a dark set chosen
 * to suit the default brand (DEFAULT_DARK_COLOURS).
 */
export const DEFAULT_DARK_COLOURS = {
  primary: '#66cccc',
  accent: '#eeaa55',
  background: '#112222',
  text: '#eeeeee',
} as const;

/**
 * The one file a training company edits to brand and set up the course.
 * Validated at build time only, so zod never reaches the course bundle.
 */
export const courseConfigSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9-]{1,60}$/,
        'use lowercase letters, digits and hyphens (it names the package and the saved progress)',
      ),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a version such as 1.0.0'),
    title: z.string().min(1).max(200),
    subtitle: z.string().max(200).default(''),
    organisation: z.string().min(1).max(200),
    description: z.string().min(1).max(1000),
    logo: z.string().min(1).describe('path under public/, for example brand/logo.svg'),
    colours: themeColours.extend({ dark: themeColours.optional() }),
    passMark: z.number().int().min(0).max(100),
    scoreWeights: z
      .object({ scenarios: z.number().min(0), knowledgeChecks: z.number().min(0) })
      .refine((w) => w.scenarios + w.knowledgeChecks > 0, 'at least one weight must be above 0'),
    reporting: z.object({
      mode: z.enum(['passed-incomplete', 'passed-failed', 'completed-incomplete']),
      masteryScoreInManifest: z.boolean().default(false),
    }),
    money: moneySchema,
    // Optional: a course that lists none is built in the language it is written in only. Never in
    // the bundle: each build holds its own language's settings in `money`.
    locales: localesSchema.optional(),
    // Optional and without a default, so a course that keeps the bundled face adds no byte to the
    // catalogue in the first load; scripts/content/typeface-css.ts fills in the default.
    typeface: typefaceSchema.optional(),
  })
  .strict();

export type CourseConfig = z.infer<typeof courseConfigSchema>;
export type ReportingMode = CourseConfig['reporting']['mode'];
