import type { MDXComponents } from 'mdx/types';
import { ScenarioEmbed } from '../scenario/scenario-embed';
import { KeyIdea } from './key-idea';
import { KnowledgeCheck } from './knowledge-check';
import { Option } from './option';
import { Reflection } from './reflection';

/**
 * Every tag lesson authors may use, in one place. Documented in docs/authoring-lessons.md;
 * the content checker rejects any tag not listed here.
 */
export const mdxComponents: MDXComponents = {
  KeyIdea,
  KnowledgeCheck,
  Option,
  Reflection,
  Scenario: ScenarioEmbed,
};
