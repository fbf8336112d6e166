import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const tsx = join(repo, 'node_modules/.bin/tsx');
const course = mkdtempSync(join(tmpdir(), 'maps-'));
afterAll(() => rmSync(course, { recursive: true, force: true }));

/** Runs `npm run map` with `args` in a small copy of the course, as an author would. */
function map(...args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(tsx, [join(repo, 'scripts/maps/cli.ts'), ...args], {
      cwd: course,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, output };
  } catch (e) {
    const failed = e as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

// Each run starts a new Node process that compiles the scripts and loads Graphviz: seconds each.
describe('npm run map', { timeout: 60_000 }, () => {
  beforeAll(() => {
    mkdirSync(join(course, 'scenarios'));
    mkdirSync(join(course, 'docs/maps'), { recursive: true });
    copyFileSync(join(repo, 'course.config.json'), join(course, 'course.config.json'));
    for (const name of ['billing-error.yaml', 'late-delivery.yaml'])
      copyFileSync(join(repo, 'scenarios', name), join(course, 'scenarios', name));
    // The map of a scenario since deleted.
    writeFileSync(join(course, 'docs/maps/gone.svg'), '<svg/>');
    writeFileSync(join(course, 'docs/maps/gone.md'), '# gone');
  });

  it('draws every scenario with its text alternative and an index, prints the time of each, and removes stale maps', () => {
    const { status, output } = map();
    expect(status).toBe(0);
    expect(output).toMatch(/^ {2}billing-error +8 +22 +6 +[\d.]+ KB +\d+ ms$/m);
    expect(output).toMatch(/^ {2}late-delivery +9 +26 +8 +[\d.]+ KB +\d+ ms$/m);
    expect(output).toContain('2 maps in docs/maps/');
    for (const stem of ['billing-error', 'late-delivery']) {
      expect(readFileSync(join(course, `docs/maps/${stem}.svg`), 'utf8')).toMatch(/^<svg[^>]* role="img"/);
      expect(readFileSync(join(course, `docs/maps/${stem}.md`), 'utf8')).toContain(`](${stem}.svg)`);
    }
    expect(readFileSync(join(course, 'docs/maps/README.md'), 'utf8')).toContain(
      '[The billing error](billing-error.svg)',
    );
    expect(existsSync(join(course, 'docs/maps/gone.svg'))).toBe(false);
    expect(existsSync(join(course, 'docs/maps/gone.md'))).toBe(false);
  });

  it('draws one map with the scene highlighted, apart from the committed maps', () => {
    const { status, output } = map('--highlight', 'billing-error:heard');
    expect(status).toBe(0);
    expect(output).toContain('docs/maps/highlight/billing-error.heard.svg');
    const svg = readFileSync(join(course, 'docs/maps/highlight/billing-error.heard.svg'), 'utf8');
    expect(svg).toContain('➤ HERE');
    expect(readFileSync(join(course, 'docs/maps/billing-error.svg'), 'utf8')).not.toContain('➤ HERE');
  });

  it('lists the scenes when the highlighted one does not exist', () => {
    const { status, output } = map('--highlight', 'billing-error:hurd');
    expect(status).toBe(1);
    expect(output).toContain('scenarios/billing-error.yaml has no scene "hurd". Scenes: outburst, heard,');
  });
});
