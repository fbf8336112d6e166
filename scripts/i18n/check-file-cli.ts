import { readFileSync } from 'node:fs';
import { courseUnits } from './course-units';
import { judgeTranslation } from './translation-check';
import { readXliff } from './xliff-read';

const USAGE = `Usage: npm run i18n:check -- FILE

Checks a translated XLIFF file before it is imported, without changing anything: every unit it
translates must still be in the course, made from today's English, well formed, and keep each
placeholder and money amount. Lists each problem with the file's line.`;

// The course folder: npm runs scripts from it, and tests run them in a copy.
const root = process.cwd();

function main(path: string | undefined): number {
  if (!path || path === '--help') {
    console.log(USAGE);
    return path ? 0 : 2;
  }
  const read = readXliff(readFileSync(path, 'utf8'));
  const units = new Map(courseUnits(root).flatMap((f) => f.units.map((u) => [u.id, u] as const)));
  let translated = 0;
  const problems: string[] = [];
  for (const unit of read.units) {
    const current = units.get(unit.id);
    if (!current) {
      problems.push(`${path}:${unit.line} [${unit.id}] is not in the course`);
      continue;
    }
    const verdict = judgeTranslation(current, unit);
    if (verdict.ok) translated += 1;
    else problems.push(`${path}:${unit.line} [${unit.id}] ${verdict.message}`);
  }
  for (const problem of problems) console.log(problem);
  console.log(
    `${path}: ${translated} of ${read.units.length} units translated and sound; ${problems.length} problems.`,
  );
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv[2]);
