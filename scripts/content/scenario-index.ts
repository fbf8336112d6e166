import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { BANDS, type Band } from '../../src/course/progress-facts';
import type { Scenario } from '../../src/scenario/scenario';
import type { ContentError, SceneRef } from './content-error';
import { checkPathNotes } from './scenario-debriefs';
import { checkScenarioGraph } from './scenario-graph';
import { checkMoneyTokens } from './scenario-money';
import { checkWording } from './scenario-wording';
import type { Place } from './scenario-graph-index';
import { issueToError } from './scenario-issues';
import { scenarioTells } from './scenario-tells';
import { scenarioGraphSchema, scenarioSchema } from './scenario-schema';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from '../i18n/locale-build';
import { scenarioUnitsOf } from '../i18n/yaml-units';
import { parseScenarioSource, type ScenarioSource, type YamlPath } from './scenario-yaml';

/** Where authored scenarios live, relative to the project root. */
export const SCENARIOS_DIR = 'scenarios';

export interface ScenarioSummary {
  readonly id: string;
  readonly title: string;
  readonly file: string;
}

/** Each scene's reply ids in the order the author wrote them: SCORM 1.2 reports a reply by its position. */
export function replyOrderOf(scenario: Scenario | null): Record<string, readonly string[]> {
  if (!scenario) return {};
  return Object.fromEntries(scenario.scenes.map((scene) => [scene.id, scene.replies.map((reply) => reply.id)]));
}

/** What `check:content` prints for a scenario that passed every check. */
export interface ScenarioReport {
  readonly id: string;
  readonly file: string;
  readonly scenes: number;
  readonly replies: number;
  readonly endings: Readonly<Record<Band, number>>;
  /** Distinct paths from the start to an ending that enter no scene twice. */
  readonly paths: number;
  /** Fewest and most decisions on any of those paths. */
  readonly shortest: number;
  readonly longest: number;
}

export interface ScenarioFileResult {
  readonly summary: ScenarioSummary;
  /** Only when the file passed every check. */
  readonly scenario: Scenario | null;
  readonly report: ScenarioReport | null;
  readonly errors: ContentError[];
}

function placePath(place: Place): { path: YamlPath; key?: string } {
  switch (place.at) {
    case 'start':
      return { path: ['start'] };
    case 'endings':
      return { path: [], key: 'endings' };
    case 'scene':
      return { path: ['scenes', place.scene, 'id'] };
    case 'reply':
      return { path: ['scenes', place.scene, 'replies', place.reply, 'id'] };
    case 'next':
      return { path: ['scenes', place.scene, 'replies', place.reply, 'next'] };
    case 'ending':
      return { path: ['endings', place.ending, 'id'] };
  }
}

function lineOfPlace(source: ScenarioSource, place: Place): number {
  const { path, key } = placePath(place);
  return key ? source.lineOfKey(path, key) : source.lineOf(path);
}

/**
 * The scene whose lines hold `line`, so every message about a scene, or a reply in it, can name
 * the scene and point at it on the map. Ids are read as written: a broken file still has scenes.
 */
function sceneAtLine(source: ScenarioSource, where: Omit<SceneRef, 'id'>, line: number): SceneRef | undefined {
  const scenes = (source.data as { scenes?: unknown } | null)?.scenes;
  if (!Array.isArray(scenes)) return undefined;
  for (const [i, scene] of scenes.entries()) {
    const lines = source.linesOf(['scenes', i]);
    const id = (scene as { id?: unknown } | null)?.id;
    if (lines && typeof id === 'string' && line >= lines.first && line <= lines.last) return { ...where, id };
  }
  return undefined;
}

/** Each error with the scene it is in, when it is in one, and how to draw that scene's map. */
function withScenes(source: ScenarioSource, build: LocaleBuild, errors: ContentError[]): ContentError[] {
  const folder = dirname(source.file);
  const where = {
    scenario: basename(source.file).replace(/\.ya?ml$/, ''),
    ...(folder === SCENARIOS_DIR ? {} : { folder }),
    ...(build.locale === SOURCE_LOCALE_BUILD.locale ? {} : { locale: build.locale }),
  };
  return errors.map((error) => {
    // Only problems with a scene, reply or ending by id: a problem in a line of text (a malformed
    // money token) is found by its line alone.
    if (error.id === undefined) return error;
    const scene = sceneAtLine(source, where, error.line);
    return scene ? { ...error, scene } : error;
  });
}

function summarise(
  scenario: Scenario,
  file: string,
  stats: { paths: number; shortest: number; longest: number },
): ScenarioReport {
  const endings = Object.fromEntries(
    BANDS.map((b) => [b, scenario.endings.filter((e) => e.band === b).length]),
  ) as Record<Band, number>;
  return {
    id: scenario.id,
    file,
    scenes: scenario.scenes.length,
    replies: scenario.scenes.reduce((sum, s) => sum + s.replies.length, 0),
    endings,
    ...stats,
  };
}

/** Checks the text of one scenario file; `file` is its path from the project root. Never throws. */
export function checkScenarioText(
  file: string,
  text: string,
  build: LocaleBuild = SOURCE_LOCALE_BUILD,
): ScenarioFileResult {
  const stem = basename(file).replace(/\.ya?ml$/, '');
  const parsed = parseScenarioSource(file, text, 1, { build, unitsOf: scenarioUnitsOf });
  if ('errors' in parsed)
    return { summary: { id: stem, title: '', file }, scenario: null, report: null, errors: parsed.errors };

  const data = parsed.data as { id?: unknown; title?: unknown } | null;
  const summary = { id: stem, title: typeof data?.title === 'string' ? data.title : '', file };
  const errors: ContentError[] = [];
  if (typeof data?.id === 'string' && data.id !== stem)
    errors.push({
      file,
      line: parsed.lineOf(['id']),
      id: data.id,
      message: `id must match the file name: rename the file to ${data.id}.yaml or set id: ${stem}`,
    });
  errors.push(...checkMoneyTokens(parsed));

  const full = scenarioSchema.safeParse(parsed.data);
  if (!full.success) errors.push(...full.error.issues.flatMap((issue) => issueToError(parsed, issue)));
  const graph = full.success ? full : scenarioGraphSchema.safeParse(parsed.data);
  if (!graph.success)
    return {
      summary,
      scenario: null,
      report: null,
      errors: withScenes(parsed, build, errors).sort((a, b) => a.line - b.line),
    };

  const { findings, stats } = checkScenarioGraph(graph.data);
  if (full.success)
    findings.push(...checkWording(full.data), ...checkPathNotes(full.data), ...scenarioTells(full.data));
  for (const finding of findings) {
    const seeAlso = finding.related ? ` on line ${lineOfPlace(parsed, finding.related)}` : '';
    errors.push({
      file,
      line: lineOfPlace(parsed, finding.place),
      ...(finding.id ? { id: finding.id } : {}),
      message: `${finding.message}${seeAlso}`,
    });
  }
  const placed = withScenes(parsed, build, errors).sort((a, b) => a.line - b.line);
  if (placed.length > 0 || !full.success || !stats) return { summary, scenario: null, report: null, errors: placed };
  const scenario: Scenario = full.data;
  return { summary, scenario, report: summarise(scenario, file, stats), errors: placed };
}

/** Reads and checks one scenario file at an absolute `path`. */
export function readScenarioFile(
  root: string,
  path: string,
  build: LocaleBuild = SOURCE_LOCALE_BUILD,
): ScenarioFileResult {
  return checkScenarioText(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'), build);
}

/** Reads and checks every `*.yaml` in `dir` (relative to `root`), collecting every problem at once. */
export function readScenarioFiles(
  root: string,
  dir: string = SCENARIOS_DIR,
  build: LocaleBuild = SOURCE_LOCALE_BUILD,
): ScenarioFileResult[] | ContentError {
  const folder = join(root, dir);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return { file: dir, line: 1, message: 'is not a folder: scenarios must be .yaml files in a folder' };
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readScenarioFile(root, join(folder, name), build));
}

/** Every scenario's id and title, every problem, and a report per sound scenario. */
export function readScenarios(
  root: string,
  dir: string = SCENARIOS_DIR,
  build: LocaleBuild = SOURCE_LOCALE_BUILD,
): {
  scenarios: (ScenarioSummary & { replyOrder: Record<string, readonly string[]> })[];
  errors: ContentError[];
  reports: ScenarioReport[];
} {
  const results = readScenarioFiles(root, dir, build);
  if (!Array.isArray(results)) return { scenarios: [], errors: [results], reports: [] };
  return {
    scenarios: results.map((r) => ({ ...r.summary, replyOrder: replyOrderOf(r.scenario) })),
    errors: results.flatMap((r) => r.errors),
    reports: results.flatMap((r) => (r.report ? [r.report] : [])),
  };
}
