import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentErrors } from './content-error';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from '../i18n/locale-build';
import { readCourseConfig } from './course-config-file';
import { formatScenarioMoney } from './scenario-money';
import { scenarioPortraits } from './scenario-portraits';
import { scenePicture } from './scene-pictures';
import { readScenarioFile, readScenarioFiles, SCENARIOS_DIR } from './scenario-index';

const LOADERS_ID = 'virtual:scenario-loaders';
const SCENARIO_PREFIX = 'virtual:scenario/';

/**
 * Exposes `virtual:scenario-loaders`: one lazy loader per file in `scenarios/`. Each loader
 * imports `virtual:scenario/<id>`, the checked YAML compiled to plain data, so every scenario is
 * its own small chunk and none of them is in the first-load bundle. Money tokens are written out
 * here, in the course's currency, so the course ships no formatter for role-plays. The
 * customer's portraits and the scene picture are drawn here too, so no drawing code ships.
 */
export function scenariosPlugin(root: string, build: LocaleBuild = SOURCE_LOCALE_BUILD): Plugin {
  const dir = resolve(root, SCENARIOS_DIR);
  return {
    name: 'moments-of-truth:scenarios',
    resolveId(id) {
      return id === LOADERS_ID || id.startsWith(SCENARIO_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${LOADERS_ID}`) {
        const results = readScenarioFiles(root, undefined, build);
        if (!Array.isArray(results)) this.error(formatContentErrors([results]));
        const entries = results.map(
          ({ summary }) =>
            `  ${JSON.stringify(summary.id)}: () => import(${JSON.stringify(SCENARIO_PREFIX + summary.id)}),`,
        );
        return `export const scenarioLoaders = {\n${entries.join('\n')}\n};\n`;
      }
      if (!id.startsWith(`\0${SCENARIO_PREFIX}`)) return undefined;
      const scenarioId = id.slice(SCENARIO_PREFIX.length + 1);
      const file = join(dir, `${scenarioId}.yaml`);
      if (!existsSync(file)) this.error(`there is no scenario file ${SCENARIOS_DIR}/${scenarioId}.yaml`);
      this.addWatchFile(file);
      // The currency is written into the chunk, so a change to it must rebuild the role-play.
      this.addWatchFile(join(root, 'course.config.json'));
      const result = readScenarioFile(root, file, build);
      if (!result.scenario) this.error(formatContentErrors(result.errors));
      const { config, errors } = readCourseConfig(root, build);
      if (!config) this.error(formatContentErrors(errors));
      const scenario = formatScenarioMoney(result.scenario, config.money);
      const pictures = { portraits: scenarioPortraits(scenario), scene: scenePicture(scenario.channel) };
      return `export const scenario = ${JSON.stringify({ ...scenario, pictures })};\n`;
    },
  };
}
