import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface AstNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: AstNode[];
  position?: { start: { line: number } };
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** Parses MDX source into its syntax tree; throws with MDX's own message and position on bad syntax. */
export function parseMdx(source: string): AstNode {
  return parser.parse(source);
}

export function walk(
  node: AstNode,
  visit: (node: AstNode, ancestors: readonly AstNode[]) => void,
  ancestors: AstNode[] = [],
): void {
  visit(node, ancestors);
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}

export function lineOf(node: AstNode): number {
  return node.position?.start.line ?? 1;
}

export function isJsx(node: AstNode, name?: string): boolean {
  const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  return jsx && (name === undefined || node.name === name);
}

/** A JSX attribute as authored: a string, true for a bare attribute, or undefined when absent or computed. */
export function attr(node: AstNode, name: string): string | true | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  if (found.value === null || found.value === undefined) return true;
  return typeof found.value === 'string' ? found.value : undefined;
}

export function textOf(node: AstNode): string {
  if (typeof node.value === 'string' && node.type !== 'yaml') return node.value;
  return (node.children ?? []).map(textOf).join('');
}
