import { z } from 'zod';
import type { ModuleEntry } from '../../src/course/catalog';
import { isFluentEmoji } from '../pictures/fluent-emoji';
import type { ContentError } from './content-error';
import type { ScenarioSource, YamlPath } from './scenario-yaml';

const TOOLS_HINT = 'tools must be a list of sentences, one per line starting with "- "';

const required = (message: string) => z.string({ error: message }).trim().min(1, { error: message });

const PICTURE_HINT =
  'picture must be a list of one to three Fluent Emoji Flat names, such as picture: [bullseye, handshake]';

/** One to three Fluent Emoji Flat names, drawn on a brand panel when the course is built (scripts/pictures). */
const pictureSchema = z
  .array(
    z.string({ error: PICTURE_HINT }).refine(isFluentEmoji, {
      error: (issue) =>
        `picture "${String(issue.input)}" is not a Fluent Emoji Flat name; find names at https://icon-sets.iconify.design/fluent-emoji-flat/`,
    }),
    { error: PICTURE_HINT },
  )
  .min(1, { error: PICTURE_HINT })
  .max(3, { error: PICTURE_HINT });

/** What a lesson's frontmatter holds. Checked at build time only, so zod never reaches the course bundle. */
export const frontmatterSchema = z.strictObject(
  {
    title: required('needs a title'),
    minutes: z
      .number({ error: 'needs minutes: a whole number above 0' })
      .int({ error: 'needs minutes: a whole number above 0' })
      .positive({ error: 'needs minutes: a whole number above 0' }),
    picture: pictureSchema.optional(),
  },
  { error: 'needs a title and minutes' },
);

/** What a module folder's module.yaml holds. */
export const moduleSchema = z.strictObject(
  {
    title: required('needs a title'),
    summary: z.string({ error: 'summary must be a sentence of text' }).default(''),
    graded: z.boolean({ error: 'graded must be true or false' }).default(true),
    tools: z.array(z.string({ error: TOOLS_HINT }), { error: TOOLS_HINT }).default([]),
    picture: pictureSchema.optional(),
  },
  { error: 'needs a title and a summary' },
) satisfies z.ZodType<Pick<ModuleEntry, 'title' | 'summary' | 'graded'> & { tools: string[] }>;

function isWritten(data: unknown, path: YamlPath): boolean {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !(key in value)) return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

/**
 * Checks parsed YAML against a schema. Each problem names the line it was written on; a missing
 * field is reported at `missingLine`, where the author would add it.
 */
export function checkYaml<T>(
  schema: z.ZodType<T>,
  source: ScenarioSource,
  context: { readonly missingLine: number; readonly prefix?: string; readonly id?: string },
): { data: T | null; errors: ContentError[] } {
  const parsed = schema.safeParse(source.data ?? {});
  if (parsed.success) return { data: parsed.data, errors: [] };
  const base = { file: source.file, ...(context.id ? { id: context.id } : {}) };
  const prefix = context.prefix ? `${context.prefix} ` : '';
  const errors = parsed.error.issues.flatMap((issue): ContentError[] => {
    const path = issue.path as YamlPath;
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        ...base,
        line: source.lineOfKey(path, key),
        message: `${prefix}has an unknown field "${key}"`,
      }));
    const line = isWritten(source.data, path) ? source.lineOf(path) : context.missingLine;
    return [{ ...base, line, message: `${prefix}${issue.message}` }];
  });
  return { data: null, errors };
}
