import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { MoneySetting } from '../../src/course/format-money';
import { readCourseConfig } from '../content/course-config-file';
import { formatMoneyTokens } from '../content/money-token';
import { SCENARIOS_DIR } from '../content/scenario-index';
import { parseScenarioSource } from '../content/scenario-yaml';
import type { LocaleBuild } from '../i18n/locale-build';
import { SOURCE_LOCALE_BUILD } from '../i18n/locale-build';
import { scenarioUnitsOf } from '../i18n/yaml-units';
import { mapScenarioFromData, type MapScenario } from './map-scenario';

export interface MapSource {
  /** Path from the project root, such as scenarios/billing-error.yaml. */
  readonly file: string;
  /** The file's name without .yaml: the id `check:content` and `--highlight` use. */
  readonly stem: string;
  readonly scenario: MapScenario | null;
  /** Why there is no map: the file is not YAML, or has no list of scenes. */
  readonly problem?: string;
}

/** Every string of the scenario with its `{money:AMOUNT}` tokens written out, as learners read them. */
function withMoney(scenario: MapScenario, money: MoneySetting | undefined): MapScenario {
  if (!money) return scenario;
  const say = (text: string) => formatMoneyTokens(text, money);
  return {
    ...scenario,
    scenes: scenario.scenes.map((scene) => ({
      ...scene,
      ...(scene.customer ? { customer: scene.customer.map(say) } : {}),
      replies: scene.replies.map((reply) => ({ ...reply, ...(reply.text ? { text: say(reply.text) } : {}) })),
    })),
    endings: scenario.endings.map((ending) => ({ ...ending, ...(ending.title ? { title: say(ending.title) } : {}) })),
  };
}

/**
 * Reads every scenario file in `dir` with the project's parser, in the build's language, for its
 * map. A file that fails `check:content` still gets a map, drawn from what it does say, since that
 * is when an author most needs to see it.
 */
export function readMapSources(
  root: string,
  dir = SCENARIOS_DIR,
  build: LocaleBuild = SOURCE_LOCALE_BUILD,
): MapSource[] {
  const { config } = readCourseConfig(root, build);
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = `${dir}/${name}`;
      const stem = basename(name, '.yaml');
      const parsed = parseScenarioSource(file, readFileSync(join(root, dir, name), 'utf8'), 1, {
        build,
        unitsOf: scenarioUnitsOf,
      });
      if ('errors' in parsed) return { file, stem, scenario: null, problem: parsed.errors[0]?.message ?? 'not YAML' };
      const scenario = mapScenarioFromData(parsed.data, stem);
      if (!scenario) return { file, stem, scenario: null, problem: 'no list of scenes' };
      return { file, stem, scenario: withMoney(scenario, config?.money) };
    });
}
