import { isScalar, type Document } from 'yaml';
import type { YamlPath } from '../content/scenario-yaml';
import { parseUnitText, plainUnitText, wordsOf } from './inline-markup';
import type { LocaleBuild } from './locale-build';
import { textHash } from './lesson-units';

/** A translatable string in a YAML file: where it is, and the id of its unit. */
export interface YamlUnit {
  readonly path: YamlPath;
  readonly id: string;
  readonly note?: string;
}

/** Finds the translatable strings of one kind of YAML file from its parsed data, whatever shape it has. */
export type YamlUnitFinder = (data: unknown) => readonly YamlUnit[];

type Entry = Readonly<Record<string, unknown>>;

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function stringAt(value: unknown, key: string): string | undefined {
  return isEntry(value) && typeof value[key] === 'string' ? value[key] : undefined;
}

/** Lines of speech have no ids; each is known by its words, so reordering lines keeps their translations. */
function lineUnits(lines: unknown, path: YamlPath, scope: string): YamlUnit[] {
  return list(lines).flatMap((line, i) =>
    typeof line === 'string' ? [{ path: [...path, i], id: `${scope}/line#${textHash(plainUnitText(line))}` }] : [],
  );
}

function fields(entry: unknown, path: YamlPath, scope: string, keys: readonly string[]): YamlUnit[] {
  return keys.flatMap((key) =>
    stringAt(entry, key) === undefined ? [] : [{ path: [...path, key], id: `${scope}/${key}` }],
  );
}

/** Every string of a role-play that a learner reads: its framing, the customer, each line, reply, feedback and debrief. */
export const scenarioUnitsOf: YamlUnitFinder = (data) => {
  const scenarioId = stringAt(data, 'id');
  if (!isEntry(data) || scenarioId === undefined) return [];
  const base = `scenario/${scenarioId}`;
  const units: YamlUnit[] = [
    ...fields(data, [], base, ['title', 'situation']),
    ...fields(data.customer, ['customer'], `${base}/customer`, ['name', 'role']),
  ];
  list(data.scenes).forEach((scene, s) => {
    const sceneId = stringAt(scene, 'id');
    if (!isEntry(scene) || sceneId === undefined) return;
    const scope = `${base}/scene/${sceneId}`;
    units.push(...fields(scene, ['scenes', s], scope, ['narration']));
    units.push(...lineUnits(scene.customer, ['scenes', s, 'customer'], scope));
    list(scene.replies).forEach((reply, r) => {
      const replyId = stringAt(reply, 'id');
      if (replyId !== undefined)
        units.push(...fields(reply, ['scenes', s, 'replies', r], `${base}/reply/${replyId}`, ['text', 'feedback']));
    });
  });
  list(data.endings).forEach((ending, e) => {
    const endingId = stringAt(ending, 'id');
    if (!isEntry(ending) || endingId === undefined) return;
    const scope = `${base}/ending/${endingId}`;
    units.push(...fields(ending, ['endings', e], scope, ['title', 'debrief']));
    units.push(...lineUnits(ending.customer, ['endings', e, 'customer'], scope));
    list(ending.ifTook).forEach((note, n) => {
      const replies = isEntry(note) ? list(note.replies).filter((r) => typeof r === 'string') : [];
      if (replies.length > 0 && stringAt(note, 'text') !== undefined)
        units.push({ path: ['endings', e, 'ifTook', n, 'text'], id: `${scope}/if-took/${replies.join('+')}` });
    });
  });
  return units;
};

/** A module's title, summary and tools for tomorrow. */
export function moduleUnitsOf(moduleId: string): YamlUnitFinder {
  return (data) => {
    const base = `module/${moduleId}`;
    const tools = isEntry(data) ? list(data.tools) : [];
    return [
      ...fields(data, [], base, ['title', 'summary']),
      ...tools.flatMap((tool, i) =>
        typeof tool === 'string' ? [{ path: ['tools', i], id: `${base}/tool#${textHash(plainUnitText(tool))}` }] : [],
      ),
    ];
  };
}

/**
 * Writes the build's language into a parsed YAML document, in place: each translatable scalar
 * keeps its position, so every later error still names the line of the source file.
 */
export function localiseYamlDocument(doc: Document, units: readonly YamlUnit[], build: LocaleBuild): void {
  for (const unit of units) {
    const node: unknown = doc.getIn(unit.path, true);
    if (!isScalar(node) || typeof node.value !== 'string') continue;
    const target = parseUnitText(build.translate(unit.id, plainUnitText(node.value)));
    if (!('problem' in target)) node.value = wordsOf(target);
  }
}
