import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentError } from './content-error';

export type YamlPath = readonly PropertyKey[];

/** A parsed scenario file that can say on which line any part of it was written. */
export interface ScenarioSource {
  readonly file: string;
  readonly data: unknown;
  /** Line of the value at `path`, or of its nearest written ancestor when it is missing. */
  lineOf(path: YamlPath): number;
  /** Line where the key `key` of the map at `path` was written. */
  lineOfKey(path: YamlPath, key: string): number;
}

function nodeLine(doc: Document, counter: LineCounter, path: YamlPath): number | undefined {
  const node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  return undefined;
}

/**
 * Parses YAML text, keeping line positions. Returns the syntax errors instead when the text is
 * not YAML, so one broken file never stops the others from being checked.
 */
export function parseScenarioSource(file: string, text: string): ScenarioSource | { errors: ContentError[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file,
        line: counter.linePos(e.pos[0]).line,
        message: `YAML syntax: ${e.message.split('\n')[0] ?? e.message}`,
      })),
    };
  }
  const lineOf = (path: YamlPath): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const line = nodeLine(doc, counter, path.slice(0, depth));
      if (line !== undefined) return line;
    }
    return 1;
  };
  const lineOfKey = (path: YamlPath, key: string): number => {
    const map: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isMap(map)) {
      const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
    }
    return lineOf(path);
  };
  return { file, data: doc.toJS(), lineOf, lineOfKey };
}
