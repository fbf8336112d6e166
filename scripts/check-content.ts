import { parseArgs } from 'node:util';
import { buildCatalog } from './content/build-catalog';
import { formatContentErrors, type ContentError } from './content/content-error';
import { readScenarios, type ScenarioReport } from './content/scenario-index';
import { formatScenarioReports } from './content/scenario-report';
import { languageProblems } from './i18n/language-checks';

const USAGE = `Usage: tsx scripts/check-content.ts [--scenarios <folder>]

Checks the course content: course.config.json, every lesson and every scenario, and the
translation into each language listed in its "locales".
With --scenarios, checks only the scenario files in that folder (relative to the project root).`;

interface CheckResult {
  readonly errors: readonly ContentError[];
  readonly reports: readonly ScenarioReport[];
  readonly summary: string;
}

function checkCourse(root: string): CheckResult {
  const built = buildCatalog(root);
  const { reports } = readScenarios(root);
  const modules = built.catalog?.modules.length ?? 0;
  const lessons = built.lessonFiles.length;
  const translated = languageProblems(root);
  const languages = translated.languages.length > 0 ? `, translated into ${translated.languages.join(', ')}` : '';
  return {
    errors: [...built.errors, ...translated.errors],
    reports,
    summary: `${lessons} lesson${lessons === 1 ? '' : 's'} in ${modules} module${modules === 1 ? '' : 's'}, ${reports.length} scenario${reports.length === 1 ? '' : 's'}${languages}: all checks passed.`,
  };
}

function checkScenarioFolder(root: string, dir: string): CheckResult {
  const { errors, reports } = readScenarios(root, dir);
  return {
    errors,
    reports,
    summary: `${reports.length} scenario${reports.length === 1 ? '' : 's'} in ${dir}: all checks passed.`,
  };
}

function main(): number {
  let values: { scenarios?: string; help?: boolean };
  try {
    values = parseArgs({ options: { scenarios: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = process.cwd();
  const dir = values.scenarios;
  const result = dir ? checkScenarioFolder(root, dir) : checkCourse(root);
  if (result.errors.length > 0) {
    console.error(formatContentErrors(result.errors));
    return 1;
  }
  if (result.reports.length > 0) console.log(`Scenarios\n${formatScenarioReports(result.reports)}\n`);
  console.log(result.summary);
  return 0;
}

process.exitCode = main();
