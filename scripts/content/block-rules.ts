import type { Node, Parent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { ContentError } from './content-error';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Containers whose children must all be one kind of part, and how many they need. */
const CONTAINERS: Readonly<Record<string, { readonly parts: readonly string[]; readonly min: number }>> = {
  Accordion: { parts: ['Panel'], min: 1 },
  Steps: { parts: ['Step'], min: 2 },
  Compare: { parts: ['Before', 'After'], min: 2 },
};

/** Parts that only make sense inside their container. */
const PART_OF: Readonly<Record<string, string>> = {
  Panel: 'Accordion',
  Step: 'Steps',
  Before: 'Compare',
  After: 'Compare',
};

/** Blocks that need a text prop, and what the prop is for. */
const REQUIRED_TEXT: Readonly<Record<string, { readonly prop: string; readonly example: string }>> = {
  Panel: { prop: 'title', example: 'title="Why this works"' },
  Step: { prop: 'title', example: 'title="Listen first"' },
  Reveal: { prop: 'label', example: 'label="Show what Sam did"' },
  PullQuote: { prop: 'cite', example: 'cite="A hotel guest"' },
  Figure: { prop: 'caption', example: 'caption="What to notice in the picture"' },
};

/** Blocks that show words of their own, so are useless when empty. */
const NEEDS_CONTENT = new Set(['Panel', 'Step', 'Before', 'After', 'Reveal', 'PullQuote', 'Figure']);

/** Tags a learner must always see, because they are tracked: never folded away or nested in a block. */
const TRACKED = new Set(['KnowledgeCheck', 'Reflection', 'Scenario']);
const BLOCKS = new Set([...Object.keys(CONTAINERS), ...Object.keys(PART_OF), 'Reveal', 'PullQuote', 'Figure']);

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function isBlank(node: Node): boolean {
  return node.type === 'text' && 'value' in node && String(node.value).trim() === '';
}

/** A container's parts as written, looking through the paragraph MDX makes when parts share a line. */
function childrenOf(node: Parent): Node[] {
  return node.children.flatMap((child) =>
    child.type === 'paragraph' && child.children.some(isJsx) ? child.children : [child],
  );
}

function textProp(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' && found.value.trim() !== '' ? found.value : undefined;
}

function hasContent(node: JsxElement): boolean {
  return node.children.some((child) => !isBlank(child));
}

/**
 * Checks one richer lesson block (Accordion, Steps, Compare, Reveal, PullQuote, Figure and their
 * parts): the props it needs, the children it allows, and where it may stand. Each problem names
 * the line of the tag an author must change.
 */
function checkBlock(node: JsxElement, ancestors: readonly Node[], file: string, errors: ContentError[]): void {
  const name = node.name ?? '';
  const line = lineOf(node);
  const report = (message: string, at = line) => errors.push({ file, line: at, message });

  if (TRACKED.has(name)) {
    const block = [...ancestors].reverse().find((a) => isJsx(a) && BLOCKS.has(a.name ?? '')) as JsxElement | undefined;
    if (block) report(`<${name}> must stand on its own, outside <${block.name ?? ''}>, so every learner sees it`);
    return;
  }
  if (!BLOCKS.has(name)) return;

  const required = REQUIRED_TEXT[name];
  if (required && !textProp(node, required.prop))
    report(`<${name}> needs a ${required.prop}, such as ${required.example}`);
  if (NEEDS_CONTENT.has(name) && !hasContent(node))
    report(`<${name}> is empty; write its words between <${name}> and </${name}>`);

  const container = PART_OF[name];
  const parent = ancestors.at(-1);
  const parentTag = parent && isJsx(parent) ? parent.name : undefined;
  // MDX wraps parts written on one line in a paragraph; the tag around that paragraph is the container.
  const grandparent = ancestors.at(-2);
  const enclosing =
    parentTag ?? (parent?.type === 'paragraph' && grandparent && isJsx(grandparent) ? grandparent.name : undefined);
  if (container && enclosing !== container) report(`<${name}> belongs directly inside <${container}>`);

  const rule = CONTAINERS[name];
  if (!rule) return;
  const children = childrenOf(node).filter((child) => !isBlank(child));
  for (const child of children) {
    if (isJsx(child) && rule.parts.includes(child.name ?? '')) continue;
    const what = isJsx(child) ? `<${child.name ?? ''}>` : 'text';
    report(`<${name}> holds only ${rule.parts.map((p) => `<${p}>`).join(' and ')}, not ${what}`, lineOf(child));
  }
  const parts = children.filter(isJsx).map((child) => child.name ?? '');
  if (name === 'Compare') {
    for (const part of rule.parts) {
      const count = parts.filter((p) => p === part).length;
      if (count === 0) report(`<Compare> needs one <${part}>; it has none`);
      if (count > 1) report(`<Compare> needs one <${part}>; it has ${count}`);
    }
    const order = parts.filter((p) => rule.parts.includes(p));
    if (order[0] === 'After') report('<Compare> puts <Before> first, then <After>');
  } else {
    const count = parts.filter((p) => rule.parts.includes(p)).length;
    if (count < rule.min) {
      const part = rule.parts[0] ?? '';
      report(
        rule.min === 1
          ? `<${name}> needs at least one <${part}>`
          : `<${name}> needs at least ${rule.min} <${part}> parts; it has ${count}`,
      );
    }
  }
}

/** Checks every richer block in a lesson's tree, walking it once with each node's ancestors in hand. */
export function checkBlocks(tree: Node, file: string, errors: ContentError[]): void {
  const walk = (node: Node, ancestors: readonly Node[]): void => {
    if (isJsx(node)) checkBlock(node, ancestors, file, errors);
    if ('children' in node) for (const child of (node as Parent).children) walk(child, [...ancestors, node]);
  };
  walk(tree, []);
}
