import { readCourseConfig } from '../../scripts/content/course-config-file';
import { readScenarioFiles } from '../../scripts/content/scenario-index';
import { formatScenarioMoney } from '../../scripts/content/scenario-money';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from '../../scripts/i18n/locale-build';
import type { Band } from '../../src/course/progress-facts';
import type { Reply, Scenario } from '../../src/scenario/scenario';
import { root } from './built-course';

/**
 * The role-plays as the built course shows them: in the build's language, with amounts written out
 * in its currency as the build writes them.
 */
export function builtScenarios(build: LocaleBuild = SOURCE_LOCALE_BUILD): Scenario[] {
  const files = readScenarioFiles(root, undefined, build);
  if (!Array.isArray(files)) throw new Error(files.message);
  const { config } = readCourseConfig(root, build);
  if (!config) throw new Error('course.config.json has problems: run npm run check:content');
  return files
    .map((f) => f.scenario)
    .filter((s): s is Scenario => s !== null)
    .map((s) => formatScenarioMoney(s, config.money));
}

/** Some sequence of replies from `from` (the first scene unless given) to an ending of the given band. */
export function pathTo(scenario: Scenario, band: Band, from = scenario.start): Reply[] {
  const walk = (sceneId: string, seen: readonly string[]): Reply[] | null => {
    const scene = scenario.scenes.find((s) => s.id === sceneId);
    if (!scene || seen.includes(sceneId)) return null;
    for (const reply of scene.replies) {
      const ending = scenario.endings.find((e) => e.id === reply.next);
      if (ending) {
        if (ending.band === band) return [reply];
        continue;
      }
      const rest = walk(reply.next, [...seen, sceneId]);
      if (rest) return [reply, ...rest];
    }
    return null;
  };
  const path = walk(from, []);
  if (!path) throw new Error(`${scenario.id} has no path to a ${band} ending from ${from}`);
  return path;
}
