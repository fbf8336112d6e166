import { z } from 'zod';
import { BANDS } from '../../src/course/progress-facts';
import { CHANNELS, MAX_ID_LENGTH, MOODS, SCENARIO_ID } from '../../src/scenario/scenario';

const ID_HINT = 'lowercase words joined by hyphens, such as ask-what-happened';

const id = z
  .string()
  .regex(SCENARIO_ID, { error: `must be ${ID_HINT}` })
  .max(MAX_ID_LENGTH, { error: `must be ${MAX_ID_LENGTH} characters or fewer` })
  .meta({
    description: `A stable id: ${ID_HINT}. Saved progress and LMS reports use it, so never change it once published.`,
  });

const text = (description: string) => z.string().trim().min(1, { error: 'is empty' }).meta({ description });

const lines = (description: string) =>
  z
    .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)], {
      error: 'needs a line of text, or a list of lines',
    })
    .transform((value) => (typeof value === 'string' ? [value] : value))
    .meta({ description });

const band = z.enum(BANDS, { error: `must be one of: ${BANDS.join(', ')}` });
const mood = z.enum(MOODS, { error: `must be one of: ${MOODS.join(', ')}` });

const replySchema = z
  .strictObject({
    id,
    text: text('What the learner says: the text on the reply button.'),
    band: band.meta({ description: 'How this reply lands: misery, mediocrity or wow.' }),
    feedback: text('Why this reply lands the way it does, in the course’s ideas. Second person, plain and warm.'),
    next: id.meta({ description: 'The id of the scene or ending this reply leads to.' }),
  })
  .meta({ title: 'Reply', description: 'One reply the learner can choose.' });

const sceneSchema = z
  .strictObject({
    id,
    narration: text('Optional stage direction shown before the customer speaks.').optional(),
    customer: lines('What the customer says: one line, or a list of lines.'),
    mood: mood
      .optional()
      .meta({ description: 'How the customer looks in this scene, if it differs from their starting mood.' }),
    replies: z.array(replySchema).meta({ description: 'The replies the learner can choose from.' }),
  })
  .meta({ title: 'Scene', description: 'One turn of the conversation.' });

const endingSchema = z
  .strictObject({
    id,
    band: band.meta({ description: 'What kind of moment this ending is: misery, mediocrity or wow.' }),
    title: text('A short name for the ending, shown as its heading.'),
    debrief: text('What happened and why, tied to the course’s ideas. True for every path that reaches this ending.'),
    ifTook: z
      .array(
        z.strictObject({
          replies: z.array(id).min(1, { error: 'needs at least one reply id' }).meta({
            description: 'The note is shown when the learner took any of these replies on the way to this ending.',
          }),
          text: text('A line of debrief about those replies.'),
        }),
      )
      .optional()
      .meta({
        description:
          'Optional lines shown after the debrief only on paths that took certain replies, so the debrief never describes what the learner did not do.',
      }),
    customer: lines('Optional last words from the customer.').optional(),
    mood: mood.optional().meta({ description: 'How the customer looks at the end.' }),
  })
  .meta({ title: 'Ending', description: 'One way the conversation can end.' });

export const scenarioSchema = z
  .strictObject({
    id: id.meta({ description: 'Must be the same as the file name without .yaml.' }),
    title: text('The role-play’s title.'),
    module: id.optional().meta({ description: 'Optional: the id of the course module this role-play belongs to.' }),
    channel: z.enum(CHANNELS, { error: `must be one of: ${CHANNELS.join(', ')}` }),
    situation: text('What the learner needs to know before the customer speaks. Second person.'),
    customer: z.strictObject({
      name: text('An invented name.'),
      role: text('Who they are, such as “Owner of a small bakery”.'),
      mood: mood.meta({ description: 'How the customer feels at the start.' }),
    }),
    start: id.meta({ description: 'The id of the first scene.' }),
    scenes: z.array(sceneSchema).min(1, { error: 'needs at least one scene' }),
    endings: z.array(endingSchema).min(1, { error: 'needs endings: at least one misery, one mediocrity and one wow' }),
  })
  .meta({
    title: 'Moments of Truth scenario',
    description: 'A branching role-play. See docs/authoring-scenarios.md.',
  });

/**
 * Just the parts the path checks need, read loosely, so a file whose wording is incomplete
 * (say, a reply without feedback) still gets its paths checked in the same run.
 */
export const scenarioGraphSchema = z.looseObject({
  start: id,
  scenes: z.array(
    z.looseObject({
      id,
      replies: z.array(z.looseObject({ id, band, next: id })),
    }),
  ),
  endings: z.array(z.looseObject({ id, band })),
});

export type ScenarioGraph = z.infer<typeof scenarioGraphSchema>;

/** The JSON Schema editors use to flag mistakes while an author types. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-7' });
}
