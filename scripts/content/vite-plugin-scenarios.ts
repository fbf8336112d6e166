import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentErrors } from './content-error';
import { readScenarioFile, readScenarioFiles, SCENARIOS_DIR } from './scenario-index';

const LOADERS_ID = 'virtual:scenario-loaders';
const SCENARIO_PREFIX = 'virtual:scenario/';

/**
 * Exposes `virtual:scenario-loaders`: one lazy loader per file in `scenarios/`. Each loader
 * imports `virtual:scenario/<id>`, the checked YAML compiled to plain data, so every scenario is
 * its own small chunk and none of them is in the first-load bundle.
 */
export function scenariosPlugin(root: string): Plugin {
  const dir = resolve(root, SCENARIOS_DIR);
  return {
    name: 'moments-of-truth:scenarios',
    resolveId(id) {
      return id === LOADERS_ID || id.startsWith(SCENARIO_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${LOADERS_ID}`) {
        const results = readScenarioFiles(root);
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
      const result = readScenarioFile(root, file);
      if (!result.scenario) this.error(formatContentErrors(result.errors));
      return `export const scenario = ${JSON.stringify(result.scenario)};\n`;
    },
  };
}
