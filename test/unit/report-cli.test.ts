import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportArgs, runReport } from '../../scripts/report/run-report';

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errorOf = (args: string[]) => {
  const parsed = parseReportArgs(args);
  return 'error' in parsed ? parsed.error : null;
};

describe('npm run report', () => {
  it('takes export files and an output path', () => {
    expect(parseReportArgs(['a.txt', 'b.csv', '--out', 'r.html'])).toEqual({
      files: ['a.txt', 'b.csv'],
      out: 'r.html',
    });
    expect(parseReportArgs(['a.txt', '--out=r.html'])).toEqual({ files: ['a.txt'], out: 'r.html' });
    expect(parseReportArgs(['a.txt'])).toEqual({ files: ['a.txt'], out: 'report.html' });
    expect(errorOf([])).toMatch(/^Usage: npm run report -- EXPORT_FILE/);
    expect(parseReportArgs(['a.txt', '--out'])).toEqual({ error: '--out needs a file name' });
    expect(errorOf(['--html', 'a.txt'])).toMatch(/^unknown option --html/);
  });

  it('writes one page from exports of different formats, and lists where each answer came from', async () => {
    const out = join(dir, 'report.html');
    const files = ['moodle-interactions.txt', 'interactions.csv', 'statements.json'].map(
      (f) => `test/fixtures/report/${f}`,
    );
    const { tally, sources } = await runReport(process.cwd(), files, out, Date.UTC(2026, 0, 20));
    expect(sources.map((s) => [s.format, s.answers, s.skipped])).toEqual([
      ['moodle', 10, 1],
      ['generic-csv', 6, 1],
      ['xapi', 3, 1],
    ]);
    // Two Moodle learners, two CSV learners, two xAPI actors.
    expect(tally.learners).toBe(6);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<li><strong>6</strong> learners</li>');
    expect(html).toContain('made 2026-01-20 00:00 UTC');
    expect(html).toContain('Moodle SCORM interactions report, 10 answers, 1 other rows or statements skipped');
  });

  it('stops at a malformed export with its file and line', async () => {
    await expect(runReport(process.cwd(), ['test/fixtures/report/missing.csv'], join(dir, 'x.html'))).rejects.toThrow(
      /ENOENT/,
    );
    await expect(runReport(process.cwd(), ['package.json'], join(dir, 'x.html'))).rejects.toThrow(
      /^package\.json:\d+: not JSON|^package\.json:1: neither a list of statements/,
    );
  });
});
