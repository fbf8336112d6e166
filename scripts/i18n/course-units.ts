import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE, configLineOfKey, readCourseConfig } from '../content/course-config-file';
import { readLessons } from '../content/lesson-index';
import { SCENARIOS_DIR } from '../content/scenario-index';
import { parseScenarioSource, type YamlPath } from '../content/scenario-yaml';
import { diagramUnits } from '../pictures/illustrations';
import { configUnits } from './config-units';
import { plainUnitText } from './inline-markup';
import { lessonUnits } from './lesson-units';
import type { FileUnits, SourceUnit } from './source-unit';
import { uiUnits, UI_MESSAGES_FILE } from './ui-units';
import { moduleUnitsOf, scenarioUnitsOf, type YamlUnitFinder } from './yaml-units';

/** The units of a YAML file, with the English at each path and the line it is written on. */
function yamlFileUnits(root: string, file: string, unitsOf: YamlUnitFinder): SourceUnit[] {
  const parsed = parseScenarioSource(file, readFileSync(join(root, file), 'utf8'));
  if ('errors' in parsed) return [];
  const valueAt = (path: YamlPath): unknown =>
    path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], parsed.data);
  return unitsOf(parsed.data).flatMap((unit) => {
    const value = valueAt(unit.path);
    return typeof value === 'string'
      ? [
          {
            id: unit.id,
            source: plainUnitText(value),
            line: parsed.lineOf(unit.path),
            ...(unit.note ? { note: unit.note } : {}),
          },
        ]
      : [];
  });
}

/** Keeps the first of units that share an id: the same words in the same place are translated once. */
function unique(units: readonly SourceUnit[]): SourceUnit[] {
  const seen = new Set<string>();
  return units.filter((u) => !seen.has(u.id) && seen.add(u.id));
}

/**
 * Everything a translator translates, file by file, in the order a learner meets it: the
 * configuration, the UI catalogue, each module with its lessons, then the role-plays.
 */
export function courseUnits(root: string): FileUnits[] {
  const files: FileUnits[] = [];
  const { config } = readCourseConfig(root);
  if (config) files.push({ file: CONFIG_FILE, units: configUnits(config, (key) => configLineOfKey(root, key)) });
  files.push({ file: UI_MESSAGES_FILE, units: uiUnits(root) });
  const { modules, lessons } = readLessons(root);
  const moduleDirs = readdirSync(join(root, 'lessons'));
  for (const module of modules) {
    const dir = moduleDirs.find((name) => name.endsWith(`-${module.id}`));
    if (dir) {
      const file = `lessons/${dir}/module.yaml`;
      files.push({ file, units: unique(yamlFileUnits(root, file, moduleUnitsOf(module.id))) });
    }
    for (const lesson of lessons.filter((l) => l.moduleId === module.id))
      files.push({
        file: lesson.file,
        units: unique(lessonUnits(readFileSync(join(root, lesson.file), 'utf8'), lesson.id)),
      });
  }
  files.push(...diagramUnits(root));
  for (const name of readdirSync(join(root, SCENARIOS_DIR))
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const file = `${SCENARIOS_DIR}/${name}`;
    files.push({ file, units: unique(yamlFileUnits(root, file, scenarioUnitsOf)) });
  }
  return files;
}
