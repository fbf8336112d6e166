/**
 * Every tag lesson authors may use, by name only, so the content checker can read the list in Node
 * without loading React. `mdx-components.tsx` must register a component for each name and no other,
 * which makes this the one list of tags. Documented in docs/authoring-lessons.md.
 */
export const LESSON_TAGS = [
  'Illustration',
  'KeyIdea',
  'KnowledgeCheck',
  'Money',
  'Option',
  'Reflection',
  'Scenario',
  // Richer blocks: their props and children are checked by scripts/content/block-rules.ts.
  'Accordion',
  'Panel',
  'Steps',
  'Step',
  'Compare',
  'Before',
  'After',
  'Reveal',
  'PullQuote',
  'Figure',
] as const;

export type LessonTag = (typeof LESSON_TAGS)[number];

export function isLessonTag(name: string | null | undefined): name is LessonTag {
  return (LESSON_TAGS as readonly (string | null | undefined)[]).includes(name);
}
