import type { MDXComponents } from 'mdx/types';
import { ScenarioEmbed } from '../scenario/scenario-embed';
import { Illustration } from '../pictures/illustration';
import { Accordion, Panel } from './accordion';
import { After, Before, Compare } from './compare';
import { Figure } from './figure';
import { KeyIdea } from './key-idea';
import { KnowledgeCheck } from './knowledge-check';
import { Money } from './money';
import type { LessonTag } from './lesson-tags';
import { Option } from './option';
import { PullQuote } from './pull-quote';
import { Reflection } from './reflection';
import { Reveal } from './reveal';
import { Step, Steps } from './steps';
import './content.css';
import './blocks.css';

/** The component behind each tag in `lesson-tags.ts`: one for every name, and no others. */
export const mdxComponents = {
  Accordion,
  After,
  Before,
  Compare,
  Figure,
  Illustration,
  KeyIdea,
  KnowledgeCheck,
  Money,
  Option,
  Panel,
  PullQuote,
  Reflection,
  Reveal,
  Scenario: ScenarioEmbed,
  Step,
  Steps,
} satisfies Record<LessonTag, MDXComponents[string]>;
