import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CheckEntry, LessonEntry, ModuleEntry } from '../../src/course/catalog';
import { SLUG, type ContentError } from './content-error';
import { attr, isJsx, lineOf, parseMdx, textOf, walk, type AstNode } from './mdx-ast';

const NUMBERED = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)(\.mdx)?$/;
const OPTION_ID = /^[a-z]$/;
/** Tags authors may use in lessons; anything else is a typo worth stopping the build for. */
export const LESSON_TAGS = ['KeyIdea', 'KnowledgeCheck', 'Option', 'Reflection', 'Scenario'] as const;

export interface LessonFile extends LessonEntry {
  /** Path from the project root, as authors see it. */
  readonly file: string;
  readonly keyIdeaCount: number;
}

export interface LinkRef {
  readonly file: string;
  readonly line: number;
  readonly kind: 'lesson' | 'scenario';
  readonly target: string;
}

export interface ScenarioRef {
  readonly file: string;
  readonly line: number;
  readonly scenarioId: string;
  readonly lessonId: string;
}

export interface LessonIndex {
  readonly modules: ModuleEntry[];
  readonly lessons: LessonFile[];
  readonly checks: CheckEntry[];
  readonly links: LinkRef[];
  readonly scenarioRefs: ScenarioRef[];
  readonly errors: ContentError[];
}

interface ModuleMeta {
  title?: unknown;
  summary?: unknown;
  graded?: unknown;
  tools?: unknown;
}

type ModuleFields = Pick<ModuleEntry, 'title' | 'summary' | 'graded' | 'tools'>;

function readModuleMeta(dir: string, file: string, errors: ContentError[]): ModuleFields {
  const metaFile = join(dir, 'module.yaml');
  if (!existsSync(metaFile)) {
    errors.push({ file, line: 1, message: 'module folder needs a module.yaml with a title and a summary' });
    return { title: '', summary: '', graded: true, tools: [] };
  }
  let meta: ModuleMeta = {};
  try {
    meta = (parseYaml(readFileSync(metaFile, 'utf8')) ?? {}) as ModuleMeta;
  } catch (e) {
    errors.push({ file: `${file}/module.yaml`, line: 1, message: `is not valid YAML: ${(e as Error).message}` });
  }
  if (typeof meta.title !== 'string' || meta.title.trim() === '')
    errors.push({ file: `${file}/module.yaml`, line: 1, message: 'needs a title' });
  const tools = meta.tools ?? [];
  const toolsValid = Array.isArray(tools) && tools.every((t) => typeof t === 'string');
  if (!toolsValid)
    errors.push({
      file: `${file}/module.yaml`,
      line: 1,
      message: 'tools must be a list of sentences, one per line starting with "- "',
    });
  return {
    title: typeof meta.title === 'string' ? meta.title : '',
    summary: typeof meta.summary === 'string' ? meta.summary : '',
    graded: meta.graded !== false,
    tools: toolsValid ? tools : [],
  };
}

function frontmatterOf(tree: AstNode, file: string, errors: ContentError[]): Record<string, unknown> {
  const yamlNode = tree.children?.find((n) => n.type === 'yaml');
  if (!yamlNode || typeof yamlNode.value !== 'string') {
    errors.push({ file, line: 1, message: 'needs frontmatter with a title and minutes, between --- lines at the top' });
    return {};
  }
  try {
    return (parseYaml(yamlNode.value) ?? {}) as Record<string, unknown>;
  } catch (e) {
    errors.push({ file, line: 2, message: `frontmatter is not valid YAML: ${(e as Error).message}` });
    return {};
  }
}

function readCheck(node: AstNode, file: string, lessonId: string, errors: ContentError[]): CheckEntry | null {
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
  const options: CheckEntry['options'][number][] = [];
  walk(node, (child) => {
    if (!isJsx(child, 'Option')) return;
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
    options.push({ id: optionId, correct: attr(child, 'correct') === true, text: textOf(child).trim() });
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
  return { id, lessonId, question: typeof question === 'string' ? question : '', multiple, options };
}

function readLesson(path: string, file: string, moduleId: string, errors: ContentError[], index: LessonIndex): void {
  const name = file.split('/').pop() ?? file;
  const slug = NUMBERED.exec(name)?.[2];
  if (!slug) {
    errors.push({ file, line: 1, message: 'lesson files are named NN-slug.mdx, for example 02-why-it-matters.mdx' });
    return;
  }
  let tree: AstNode;
  try {
    tree = parseMdx(readFileSync(path, 'utf8'));
  } catch (e) {
    const err = e as { line?: number; reason?: string; message: string };
    errors.push({ file, line: err.line ?? 1, message: `MDX syntax: ${err.reason ?? err.message}` });
    return;
  }
  const fm = frontmatterOf(tree, file, errors);
  if (typeof fm.title !== 'string' || fm.title.trim() === '')
    errors.push({ file, line: 1, id: slug, message: 'frontmatter needs a title' });
  if (typeof fm.minutes !== 'number' || fm.minutes <= 0 || !Number.isInteger(fm.minutes))
    errors.push({ file, line: 1, id: slug, message: 'frontmatter needs minutes: a whole number above 0' });

  const checkIds: string[] = [];
  const scenarioIds: string[] = [];
  const reflectionIds: string[] = [];
  let keyIdeaCount = 0;
  walk(tree, (node) => {
    const line = lineOf(node);
    if (node.type === 'link' && typeof node.url === 'string') {
      const m = /^#\/(lesson|scenario)\/(.*)$/.exec(node.url);
      if (m) index.links.push({ file, line, kind: m[1] as LinkRef['kind'], target: m[2] ?? '' });
    }
    if (!isJsx(node)) return;
    if (!node.name || !(LESSON_TAGS as readonly string[]).includes(node.name)) {
      errors.push({
        file,
        line,
        message: `unknown tag <${node.name ?? ''}>; lessons may use ${LESSON_TAGS.map((t) => `<${t}>`).join(', ')}`,
      });
      return;
    }
    if (node.name === 'KeyIdea') keyIdeaCount += 1;
    if (node.name === 'KnowledgeCheck') {
      const check = readCheck(node, file, slug, errors);
      if (check) {
        checkIds.push(check.id);
        index.checks.push(check);
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
  index.lessons.push({
    id: slug,
    moduleId,
    file,
    title: typeof fm.title === 'string' ? fm.title : slug,
    minutes: typeof fm.minutes === 'number' ? fm.minutes : 0,
    checkIds,
    scenarioIds,
    reflectionIds,
    keyIdeaCount,
  });
}

/** Reads every module folder and lesson file under `lessons/`, collecting every problem at once. */
export function readLessons(root: string): LessonIndex {
  const lessonsDir = join(root, 'lessons');
  const index: LessonIndex = { modules: [], lessons: [], checks: [], links: [], scenarioRefs: [], errors: [] };
  const errors = index.errors;
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
    const meta = readModuleMeta(dir, file, errors);
    const before = index.lessons.length;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .sort())
      readLesson(join(dir, name), relative(root, join(dir, name)), moduleId, errors, index);
    const lessonIds = index.lessons.slice(before).map((l) => l.id);
    if (lessonIds.length === 0) errors.push({ file, line: 1, message: 'module has no lessons' });
    index.modules.push({ id: moduleId, ...meta, lessonIds });
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
