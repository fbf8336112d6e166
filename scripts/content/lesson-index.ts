import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Node, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { CheckContent } from '../../src/content/check-content';
import { isLessonTag, LESSON_TAGS } from '../../src/content/lesson-tags';
import type { LessonEntry, ModuleEntry } from '../../src/course/catalog';
import { checkBlocks } from './block-rules';
import type { WrittenCheck } from './check-tells';
import { SLUG, type ContentError } from './content-error';
import { checkYaml, frontmatterSchema, moduleSchema } from './lesson-schema';
import { MONEY_AMOUNT } from './money-token';
import { parseScenarioSource } from './scenario-yaml';
import { localiseLessonText } from '../i18n/lesson-units';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from '../i18n/locale-build';
import { moduleUnitsOf } from '../i18n/yaml-units';
import { readIllustrations, wordsMissingFromAlt, type IllustrationFile } from '../pictures/illustrations';

const NUMBERED = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)(\.mdx)?$/;
const OPTION_ID = /^[a-z]$/;
const TAG_LIST = LESSON_TAGS.map((t) => `<${t}>`).join(', ');

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** The unist-util-visit test that finds every JSX tag, block or inline. */
const JSX = ['mdxJsxFlowElement', 'mdxJsxTextElement'] as const;

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

/** Option text is shown as words only: text, or one paragraph of text when written between the tags. */
function isPlainText(option: JsxElement): boolean {
  const [only, ...rest] = option.children;
  if (only?.type === 'paragraph' && rest.length === 0) return only.children.every((c) => c.type === 'text');
  return option.children.every((c) => c.type === 'text');
}

/** A JSX attribute as authored: a string, true for a bare attribute, or undefined when absent or computed. */
function attr(node: JsxElement, name: string): string | true | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  if (found.value === null || found.value === undefined) return true;
  return typeof found.value === 'string' ? found.value : undefined;
}

export interface LessonFile extends LessonEntry {
  /** Path from the project root, as authors see it. */
  readonly file: string;
  readonly keyIdeaCount: number;
  /** Fluent Emoji Flat names for the lesson's banner; none means no banner. */
  readonly picture: readonly string[];
}

interface LinkRef {
  readonly file: string;
  readonly line: number;
  readonly kind: 'lesson' | 'scenario';
  readonly target: string;
}

interface ScenarioRef {
  readonly file: string;
  readonly line: number;
  readonly scenarioId: string;
  readonly lessonId: string;
}

interface LessonIndex {
  /** Each module with its tools for tomorrow, which the build ships apart from the catalogue. */
  readonly modules: Array<ModuleEntry & { readonly tools: readonly string[]; readonly picture: readonly string[] }>;
  readonly lessons: LessonFile[];
  readonly checks: CheckContent[];
  /** The same checks with where each option was written, for the tell checks. */
  readonly writtenChecks: WrittenCheck[];
  readonly links: LinkRef[];
  readonly scenarioRefs: ScenarioRef[];
  readonly errors: ContentError[];
}

type ModuleFields = Pick<ModuleEntry, 'title' | 'summary' | 'graded'> & {
  readonly tools: readonly string[];
  readonly picture?: readonly string[] | undefined;
};

function readModuleMeta(
  dir: string,
  file: string,
  errors: ContentError[],
  moduleId: string,
  build: LocaleBuild,
): ModuleFields {
  const empty = { title: '', summary: '', graded: true, tools: [] };
  const metaFile = join(dir, 'module.yaml');
  if (!existsSync(metaFile)) {
    errors.push({ file, line: 1, message: 'module folder needs a module.yaml with a title and a summary' });
    return empty;
  }
  const source = parseScenarioSource(`${file}/module.yaml`, readFileSync(metaFile, 'utf8'), 1, {
    build,
    unitsOf: moduleUnitsOf(moduleId),
  });
  if ('errors' in source) {
    errors.push(...source.errors);
    return empty;
  }
  const checked = checkYaml(moduleSchema, source, { missingLine: 1 });
  errors.push(...checked.errors);
  return checked.data ?? empty;
}

/** The lesson's frontmatter, checked; null (with the problems in `errors`) when it is missing or wrong. */
function frontmatterOf(tree: Root, file: string, id: string, errors: ContentError[]) {
  const yamlNode = tree.children.find((n) => n.type === 'yaml');
  if (!yamlNode) {
    errors.push({ file, line: 1, message: 'needs frontmatter with a title and minutes, between --- lines at the top' });
    return null;
  }
  const opening = lineOf(yamlNode);
  const source = parseScenarioSource(file, yamlNode.value, opening + 1);
  if ('errors' in source) {
    errors.push(...source.errors.map((e) => ({ ...e, message: `frontmatter ${e.message}` })));
    return null;
  }
  const checked = checkYaml(frontmatterSchema, source, { missingLine: opening, prefix: 'frontmatter', id });
  errors.push(...checked.errors);
  return checked.data;
}

function readCheck(
  node: JsxElement,
  file: string,
  lessonId: string,
  errors: ContentError[],
): { content: CheckContent; written: WrittenCheck } | null {
  const id = attr(node, 'id');
  const question = attr(node, 'question');
  const line = lineOf(node);
  if (typeof id !== 'string' || !SLUG.test(id)) {
    errors.push({
      file,
      line,
      message: 'KnowledgeCheck needs an id made of lowercase words joined by hyphens, such as id="spot-the-moment"',
    });
    return null;
  }
  if (typeof question !== 'string' || question.trim() === '')
    errors.push({ file, line, id, message: 'KnowledgeCheck needs a question="…"' });
  const options: Array<CheckContent['options'][number]> = [];
  const optionLines: number[] = [];
  visit(node, JSX, (child) => {
    if (child.name !== 'Option') return;
    const optionId = attr(child, 'id');
    const optionLine = lineOf(child);
    if (typeof optionId !== 'string' || !OPTION_ID.test(optionId)) {
      errors.push({ file, line: optionLine, id, message: 'each Option needs a one-letter id: a, b, c …' });
      return;
    }
    if (options.some((o) => o.id === optionId))
      errors.push({ file, line: optionLine, id, message: `option id "${optionId}" is used twice` });
    const feedback = attr(child, 'feedback');
    if (typeof feedback !== 'string' || feedback.trim() === '')
      errors.push({ file, line: optionLine, id, message: `option "${optionId}" needs feedback="…" that explains why` });
    if (!isPlainText(child))
      errors.push({
        file,
        line: optionLine,
        id,
        message: `option "${optionId}" is shown as plain words: leave out formatting, links and tags`,
      });
    optionLines.push(optionLine);
    options.push({
      id: optionId,
      correct: attr(child, 'correct') === true,
      text: toString(child).trim(),
      feedback: typeof feedback === 'string' ? feedback : '',
    });
  });
  const multiple = attr(node, 'multiple') === true;
  const correctCount = options.filter((o) => o.correct).length;
  if (options.length < 2) errors.push({ file, line, id, message: 'needs at least two options' });
  if (correctCount === 0) errors.push({ file, line, id, message: 'needs at least one option marked correct' });
  if (!multiple && correctCount > 1)
    errors.push({
      file,
      line,
      id,
      message: 'has several correct options; add the multiple attribute or mark only one',
    });
  const fixedOrder = attr(node, 'fixedOrder') === true;
  const content = {
    id,
    lessonId,
    question: typeof question === 'string' ? question : '',
    multiple,
    fixedOrder,
    options,
  };
  const written = {
    id,
    file,
    line,
    multiple,
    options: options.map((o, i) => ({ id: o.id, correct: o.correct, text: o.text, line: optionLines[i] ?? line })),
  };
  return { content, written };
}

/** An <Illustration>: a drawing in art/diagrams, with alt text that repeats every word drawn in it. */
function checkIllustration(
  node: JsxElement,
  file: string,
  illustrations: ReadonlyMap<string, IllustrationFile>,
  errors: ContentError[],
): void {
  const line = lineOf(node);
  const name = attr(node, 'name');
  const known = [...illustrations.keys()].join(', ');
  const picture = typeof name === 'string' ? illustrations.get(name) : undefined;
  if (!picture) {
    errors.push({
      file,
      line,
      message:
        typeof name === 'string'
          ? `Illustration name "${name}" is not a drawing in art/diagrams; use one of ${known}`
          : `Illustration needs a name="…", one of ${known}`,
    });
  }
  const alt = attr(node, 'alt');
  if (typeof alt !== 'string' || alt.trim() === '') {
    errors.push({ file, line, message: 'Illustration needs alt="…" that says what the picture shows' });
    return;
  }
  const missing = picture ? wordsMissingFromAlt(alt, picture.words) : [];
  if (missing.length > 0)
    errors.push({
      file,
      line,
      message: `Illustration alt text must include the words in the picture; it leaves out ${missing.map((w) => `"${w}"`).join(', ')}`,
    });
}

function readLesson(
  path: string,
  file: string,
  moduleId: string,
  errors: ContentError[],
  index: LessonIndex,
  illustrations: ReadonlyMap<string, IllustrationFile>,
  build: LocaleBuild,
): void {
  const name = file.split('/').pop() ?? file;
  const slug = NUMBERED.exec(name)?.[2];
  if (!slug) {
    errors.push({ file, line: 1, message: 'lesson files are named NN-slug.mdx, for example 02-why-it-matters.mdx' });
    return;
  }
  let tree: Root;
  try {
    tree = parser.parse(localiseLessonText(readFileSync(path, 'utf8'), slug, build));
  } catch (e) {
    const err = e as { line?: number; reason?: string; message: string };
    errors.push({ file, line: err.line ?? 1, message: `MDX syntax: ${err.reason ?? err.message}` });
    return;
  }
  const fm = frontmatterOf(tree, file, slug, errors);

  const checkIds: string[] = [];
  const scenarioIds: string[] = [];
  const reflectionIds: string[] = [];
  let keyIdeaCount = 0;
  visit(tree, 'link', (node) => {
    const m = /^#\/(lesson|scenario)\/(.*)$/.exec(node.url);
    if (m) index.links.push({ file, line: lineOf(node), kind: m[1] as LinkRef['kind'], target: m[2] ?? '' });
  });
  visit(tree, JSX, (node) => {
    const line = lineOf(node);
    if (!isLessonTag(node.name)) {
      errors.push({ file, line, message: `unknown tag <${node.name ?? ''}>; lessons may use ${TAG_LIST}` });
      return;
    }
    if (node.name === 'KeyIdea') keyIdeaCount += 1;
    if (node.name === 'Illustration') checkIllustration(node, file, illustrations, errors);
    if (node.name === 'KnowledgeCheck') {
      const check = readCheck(node, file, slug, errors);
      if (check) {
        checkIds.push(check.content.id);
        index.checks.push(check.content);
        index.writtenChecks.push(check.written);
      }
    } else if (node.name === 'Reflection') {
      const id = attr(node, 'id');
      if (typeof id !== 'string' || !SLUG.test(id))
        errors.push({ file, line, message: 'Reflection needs an id such as id="my-next-shift"' });
      else reflectionIds.push(id);
      if (typeof attr(node, 'prompt') !== 'string')
        errors.push({
          file,
          line,
          id: typeof id === 'string' ? id : undefined,
          message: 'Reflection needs a prompt="…"',
        });
    } else if (node.name === 'Money') {
      const amount = attr(node, 'amount');
      if (typeof amount !== 'string' || !MONEY_AMOUNT.test(amount))
        errors.push({
          file,
          line,
          message:
            'Money needs an amount in digits, such as amount="2000" or amount="62.50" (no currency, no separators)',
        });
    } else if (node.name === 'Scenario') {
      const id = attr(node, 'id');
      if (typeof id !== 'string')
        errors.push({
          file,
          line,
          message: 'Scenario needs the id of a file in scenarios/, such as id="late-delivery"',
        });
      else {
        scenarioIds.push(id);
        index.scenarioRefs.push({ file, line, scenarioId: id, lessonId: slug });
      }
    }
  });
  checkBlocks(tree, file, errors);
  index.lessons.push({
    id: slug,
    moduleId,
    file,
    title: fm?.title ?? slug,
    minutes: fm?.minutes ?? 0,
    checkIds,
    scenarioIds,
    reflectionIds,
    keyIdeaCount,
    picture: fm?.picture ?? [],
  });
}

/** Reads every module folder and lesson file under `lessons/`, collecting every problem at once. */
export function readLessons(root: string, build: LocaleBuild = SOURCE_LOCALE_BUILD): LessonIndex {
  const lessonsDir = join(root, 'lessons');
  const index: LessonIndex = {
    modules: [],
    lessons: [],
    checks: [],
    writtenChecks: [],
    links: [],
    scenarioRefs: [],
    errors: [],
  };
  const errors = index.errors;
  const illustrations = readIllustrations(root, build);
  const moduleDirs = readdirSync(lessonsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const dirName of moduleDirs) {
    const dir = join(lessonsDir, dirName);
    const file = relative(root, dir);
    const moduleId = NUMBERED.exec(dirName)?.[2];
    if (!moduleId) {
      errors.push({ file, line: 1, message: 'module folders are named NN-slug, for example 01-meeting-expectations' });
      continue;
    }
    const meta = readModuleMeta(dir, file, errors, moduleId, build);
    const before = index.lessons.length;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .sort())
      readLesson(join(dir, name), relative(root, join(dir, name)), moduleId, errors, index, illustrations, build);
    const lessonIds = index.lessons.slice(before).map((l) => l.id);
    if (lessonIds.length === 0) errors.push({ file, line: 1, message: 'module has no lessons' });
    index.modules.push({ id: moduleId, ...meta, picture: meta.picture ?? [], lessonIds });
  }
  checkUniqueIds(index);
  checkLinks(index);
  return index;
}

function checkUniqueIds(index: LessonIndex): void {
  const seen = new Map<string, string>();
  const claim = (id: string, file: string, what: string) => {
    const first = seen.get(id);
    if (first) index.errors.push({ file, line: 1, id, message: `${what} id "${id}" is already used by ${first}` });
    else seen.set(id, file);
  };
  for (const m of index.modules) claim(m.id, `lessons/…-${m.id}`, 'module');
  for (const l of index.lessons) claim(l.id, l.file, 'lesson');
  for (const c of index.checks)
    claim(c.id, index.lessons.find((l) => l.id === c.lessonId)?.file ?? '', 'knowledge check');
  for (const l of index.lessons) for (const r of l.reflectionIds) claim(r, l.file, 'reflection');
}

function checkLinks(index: LessonIndex): void {
  for (const link of index.links) {
    if (link.kind === 'lesson' && !index.lessons.some((l) => l.id === link.target))
      index.errors.push({
        file: link.file,
        line: link.line,
        id: link.target,
        message: `links to lesson "${link.target}", which does not exist`,
      });
  }
}
