import { createHash } from 'node:crypto';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isScalar, parseDocument } from 'yaml';
import { parseUnitText, plainUnitText, segmentsToUnitText, wordsOf, type Segment } from './inline-markup';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from './locale-build';
import type { SourceUnit } from './source-unit';

/**
 * The attributes of lesson components that learners read (or hear, as alt text). Every other
 * attribute is an id, a switch or a name, and stays as written in every language. `amount` is
 * here because an amount belongs to a market: a translator writes it in the currency of theirs.
 */
export const TRANSLATABLE_ATTRIBUTES = [
  'alt',
  'caption',
  'cite',
  'feedback',
  'label',
  'prompt',
  'question',
  'title',
] as const;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** One unit of a lesson, with where it sits in the file so a translation can be put in its place. */
export interface LessonUnit extends SourceUnit {
  readonly start: number;
  readonly end: number;
  /** The MDX to write in place of [start, end) for a translation whose segments are checked. */
  readonly rebuild: (target: readonly Segment[]) => string;
}

/** Short, stable hash of a unit's English: the id of a paragraph or heading, which has no id of its own. */
export function textHash(unitText: string): string {
  return createHash('sha256').update(unitText).digest('hex').slice(0, 8);
}

const MONEY_TOKEN = /\{money:(\d+(?:\.\d{1,2})?)\}/g;

/**
 * Words as MDX text: every character that markdown or MDX would read as markup is escaped, so a
 * translation can say anything. Money tokens become the <Money> component again.
 */
export function mdxText(text: string): string {
  const words = text.replace(/\s*\n\s*/g, ' ');
  return words
    .split(MONEY_TOKEN)
    .map((part, i) => {
      if (i % 2 === 1) return `<Money amount="${part}" />`;
      return part.replace(/[\\`*_[\]{}<>#&|~]/g, '\\$&');
    })
    .join('')
    .replace(/^([+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A JSX attribute value, quoted so that any words survive. */
export function jsxAttributeValue(value: string): string {
  const safe = value.replace(/&/g, '&amp;').replace(/\s*\n\s*/g, ' ');
  if (!safe.includes('"')) return `"${safe}"`;
  if (!safe.includes("'")) return `'${safe}'`;
  return `"${safe.replace(/"/g, '&quot;')}"`;
}

const CTYPE: Readonly<Record<string, string>> = {
  strong: 'bold',
  emphasis: 'italic',
  link: 'link',
  delete: 'x-strike',
  inlineCode: 'x-code',
  break: 'lb',
  image: 'image',
  mdxTextExpression: 'x-expression',
};

function offsets(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

function attributeValue(element: JsxElement, name: string): string | undefined {
  const found = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
}

function isMoney(node: PhrasingContent): boolean {
  return node.type === 'mdxJsxTextElement' && node.name === 'Money';
}

/** Reads a lesson's units: its title, every paragraph and heading, and the words in its components' attributes. */
export function lessonUnits(text: string, lessonId: string): LessonUnit[] {
  const tree = parser.parse(text);
  const units: LessonUnit[] = [];
  const base = `lesson/${lessonId}`;

  const phrasing = (children: readonly PhrasingContent[], scope: string, field: string | null): void => {
    const first = children[0];
    const last = children.at(-1);
    if (!first || !last) return;
    const markdown = new Map<string, { open: string; close: string } | { whole: string }>();
    let next = 1;
    const segments: Segment[] = [];
    const walk = (nodes: readonly PhrasingContent[]): void => {
      for (const node of nodes) {
        if (node.type === 'text') segments.push({ kind: 'text', text: node.value.replace(/\s*\n\s*/g, ' ') });
        else if (isMoney(node))
          segments.push({ kind: 'text', text: `{money:${attributeValue(node as JsxElement, 'amount') ?? ''}}` });
        else {
          const id = String(next++);
          const [start, end] = offsets(node);
          const ctype =
            node.type === 'mdxJsxTextElement' ? `x-${node.name ?? 'fragment'}` : (CTYPE[node.type] ?? 'x-markup');
          const kids = 'children' in node ? node.children : [];
          const firstKid = kids[0];
          const lastKid = kids.at(-1);
          if (!firstKid || !lastKid) {
            markdown.set(id, { whole: text.slice(start, end) });
            segments.push({ kind: 'standalone', id, ctype });
          } else {
            markdown.set(id, {
              open: text.slice(start, offsets(firstKid)[0]),
              close: text.slice(offsets(lastKid)[1], end),
            });
            segments.push({ kind: 'open', id, ctype });
            walk(kids);
            segments.push({ kind: 'close', id });
          }
        }
      }
    };
    walk(children);
    // Spaces at either end are layout, not words: they stay where they are in every language.
    const head = segments[0];
    if (head?.kind === 'text') segments[0] = { kind: 'text', text: head.text.trimStart() };
    const tail = segments.at(-1);
    if (tail?.kind === 'text') segments[segments.length - 1] = { kind: 'text', text: tail.text.trimEnd() };
    if (wordsOf(segments).trim() === '') return;
    const source = segmentsToUnitText(segments);
    const [start] = offsets(first);
    const [, end] = offsets(last);
    const written = text.slice(start, end);
    const leading = /^\s*/.exec(written)?.[0] ?? '';
    const trailing = /\s*$/.exec(written)?.[0] ?? '';
    units.push({
      id: field ? `${scope}/${field}` : `${scope}/text#${textHash(source)}`,
      source,
      line: first.position?.start.line ?? 1,
      start,
      end,
      rebuild: (target) => {
        const parts = target.map((segment) => {
          if (segment.kind === 'text') return mdxText(segment.text);
          const written = markdown.get(segment.id);
          if (!written) return '';
          if ('whole' in written) return written.whole;
          return segment.kind === 'open' ? written.open : written.close;
        });
        return `${leading}${parts.join('')}${trailing}`;
      },
    });
  };

  const element = (node: JsxElement, scope: string): void => {
    const id = attributeValue(node, 'id');
    const own = id === undefined ? scope : `${scope}/${node.name ?? 'fragment'}#${id}`;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
      if (!(TRANSLATABLE_ATTRIBUTES as readonly string[]).includes(attribute.name)) continue;
      const source = plainUnitText(attribute.value);
      const [start, end] = offsets(attribute as unknown as Nodes);
      const name = attribute.name;
      units.push({
        id: id === undefined ? `${scope}/${node.name ?? 'fragment'}.${name}#${textHash(source)}` : `${own}/${name}`,
        source,
        line: attribute.position?.start.line ?? node.position?.start.line ?? 1,
        start,
        end,
        rebuild: (target) => `${name}=${jsxAttributeValue(wordsOf(target))}`,
      });
    }
    if (node.type === 'mdxJsxTextElement') {
      phrasing(node.children, own, id === undefined ? null : 'text');
      return;
    }
    const [only, ...rest] = node.children;
    if (id !== undefined && only?.type === 'paragraph' && rest.length === 0 && !elementsOnly(only.children))
      phrasing(only.children, own, 'text');
    else blocks(node.children, own);
  };

  const blocks = (children: readonly RootContent[], scope: string): void => {
    for (const node of children) {
      if (node.type === 'paragraph') {
        const elements = elementsOnly(node.children);
        if (elements) for (const inner of elements) element(inner, scope);
        else phrasing(node.children, scope, null);
      } else if (node.type === 'heading') phrasing(node.children, scope, null);
      else if (node.type === 'mdxJsxFlowElement') element(node, scope);
      else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')
        blocks(node.children, scope);
    }
  };

  for (const node of tree.children) if (node.type === 'yaml') units.push(...frontmatterUnits(text, node, base));
  blocks(tree.children, base);
  return units;
}

/**
 * A paragraph that holds only components (options written one per line, or on one line) is those
 * components, each with its own units; null for a paragraph of words.
 */
function elementsOnly(children: readonly PhrasingContent[]): MdxJsxTextElement[] | null {
  const written = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const elements = written.filter((c): c is MdxJsxTextElement => c.type === 'mdxJsxTextElement' && !isMoney(c));
  return written.length > 0 && elements.length === written.length ? elements : null;
}

/** The lesson title in the frontmatter: the one field of it that learners read. */
function frontmatterUnits(text: string, node: Extract<RootContent, { type: 'yaml' }>, base: string): LessonUnit[] {
  const [nodeStart] = offsets(node);
  const valueStart = text.indexOf(node.value, nodeStart);
  const doc = parseDocument(node.value);
  const title = doc.get('title', true);
  if (!isScalar(title) || typeof title.value !== 'string' || !title.range || valueStart < 0) return [];
  const [from, to] = title.range;
  const source = plainUnitText(title.value);
  return [
    {
      id: `${base}/title`,
      source,
      line: (node.position?.start.line ?? 1) + node.value.slice(0, from).split('\n').length,
      start: valueStart + from,
      end: valueStart + to,
      rebuild: (target) => JSON.stringify(wordsOf(target)),
    },
  ];
}

/**
 * The lesson as MDX in the build's language: each unit's words replaced by its translation,
 * with the source's own markup put back where the translator moved its placeholders.
 */
export function localiseLessonText(text: string, lessonId: string, build: LocaleBuild): string {
  if (build === SOURCE_LOCALE_BUILD) return text;
  const units = [...lessonUnits(text, lessonId)].sort((a, b) => b.start - a.start);
  let localised = text;
  for (const unit of units) {
    const target = parseUnitText(build.translate(unit.id, unit.source));
    if ('problem' in target) continue;
    localised = localised.slice(0, unit.start) + unit.rebuild(target) + localised.slice(unit.end);
  }
  return localised;
}
