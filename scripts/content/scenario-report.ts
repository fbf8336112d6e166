import type { ScenarioReport } from './scenario-index';

const COLUMNS = [
  'scenario',
  'scenes',
  'replies',
  'misery',
  'mediocrity',
  'wow',
  'paths',
  'shortest',
  'longest',
] as const;

function row(report: ScenarioReport): string[] {
  const { misery, mediocrity, wow } = report.endings;
  return [
    report.id,
    report.scenes,
    report.replies,
    misery,
    mediocrity,
    wow,
    report.paths,
    report.shortest,
    report.longest,
  ].map(String);
}

/**
 * One line per sound scenario: counts of scenes and replies, endings per band, distinct paths,
 * and the fewest and most decisions on a path.
 */
export function formatScenarioReports(reports: readonly ScenarioReport[]): string {
  const rows = [[...COLUMNS], ...reports.map(row)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = rows.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
  );
  const endingsAt = lines[0]?.indexOf('misery') ?? 0;
  const decisionsAt = lines[0]?.indexOf('shortest') ?? 0;
  const over = `${' '.repeat(endingsAt)}endings by band`.padEnd(decisionsAt) + 'decisions on a path';
  return [over, ...lines].map((line) => `  ${line}`.trimEnd()).join('\n');
}
