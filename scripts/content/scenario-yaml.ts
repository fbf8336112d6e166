import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentError } from './content-error';
import type { LocaleBuild } from '../i18n/locale-build';
import { localiseYamlDocument, type YamlUnitFinder } from '../i18n/yaml-units';

export type YamlPath = readonly PropertyKey[];

/** A parsed scenario file that can say on which line any part of it was written. */
export interface ScenarioSource {
  readonly file: string;
  readonly data: unknown;
  /** Line of the value at `path`, or of its nearest written ancestor when it is missing. */
  lineOf(path: YamlPath): number;
  /** Line where the key `key` of the map at `path` was written. */
  lineOfKey(path: YamlPath, key: string): number;
  /** First and last line of the value at `path`, when it was written. */
  linesOf(path: YamlPath): { readonly first: number; readonly last: number } | undefined;
}

function nodeLine(doc: Document, lineAt: (offset: number) => number, path: YamlPath): number | undefined {
  const node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isNode(node) && node.range) return lineAt(node.range[0]);
  return undefined;
}

/**
 * Parses YAML text, keeping line positions. Returns the syntax errors instead when the text is
 * not YAML, so one broken file never stops the others from being checked. Serves any YAML the
 * checker reads; `firstLine` is the file line the text starts on, for YAML inside another file.
 * With `localise`, the strings it finds are read in the build's language.
 */
export function parseScenarioSource(
  file: string,
  text: string,
  firstLine = 1,
  localise?: { readonly build: LocaleBuild; readonly unitsOf: YamlUnitFinder },
): ScenarioSource | { errors: ContentError[] } {
  const counter = new LineCounter();
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file,
        line: lineAt(e.pos[0]),
        message: `YAML syntax: ${e.message.split('\n')[0] ?? e.message}`,
      })),
    };
  }
  // The build's language goes into the document itself, so every check below reads the words
  // learners will read, and still names the line where the source wrote them.
  if (localise) localiseYamlDocument(doc, localise.unitsOf(doc.toJS()), localise.build);
  const lineOf = (path: YamlPath): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const line = nodeLine(doc, lineAt, path.slice(0, depth));
      if (line !== undefined) return line;
    }
    return firstLine;
  };
  const lineOfKey = (path: YamlPath, key: string): number => {
    const map: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isMap(map)) {
      const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
    }
    return lineOf(path);
  };
  const linesOf = (path: YamlPath) => {
    const node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (!isNode(node) || !node.range) return undefined;
    const [start, end] = node.range;
    // The end offset is just past the value, which may be the next line's first character.
    return { first: lineAt(start), last: lineAt(Math.max(start, end - 1)) };
  };
  return { file, data: doc.toJS(), lineOf, lineOfKey, linesOf };
}
