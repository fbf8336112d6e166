import type { MDXComponents } from 'mdx/types';
import { ScenarioEmbed } from '../scenario/scenario-embed';
import { Illustration } from '../pictures/illustration';
import { KeyIdea } from './key-idea';
import { KnowledgeCheck } from './knowledge-check';
import { Money } from './money';
import type { LessonTag } from './lesson-tags';
import { Option } from './option';
import { Reflection } from './reflection';
import './content.css';

/** The component behind each tag in `lesson-tags.ts`: one for every name, and no others. */
export const mdxComponents = {
  Illustration,
  KeyIdea,
  KnowledgeCheck,
  Money,
  Option,
  Reflection,
  Scenario: ScenarioEmbed,
} satisfies Record<LessonTag, MDXComponents[string]>;
