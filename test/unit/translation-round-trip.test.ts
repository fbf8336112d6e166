import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatContentError } from '../../scripts/content/content-error';
import { languageProblems } from '../../scripts/i18n/language-checks';
import { readXliff } from '../../scripts/i18n/xliff-read';

const repo = resolve(import.meta.dirname, '../..');
const tsx = join(repo, 'node_modules/.bin/tsx');
const work = mkdtempSync(join(tmpdir(), 'translation-'));
const course = join(work, 'course');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs one of the translation commands in the copy of the course, as `npm run` would. */
function run(script: string, ...args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(tsx, [join(repo, 'scripts/i18n', script), ...args], {
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

/** A stand-in for French: every word of three letters or more gains an accent, the same way everywhere. */
function frenchLike(unitText: string): string {
  // Markup, ICU arguments and entities stay as they are; only the words between them change.
  return unitText
    .split(/(<[^>]+>|\{[^}]*\}|&[#a-z0-9]+;)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([A-Za-z]{3,})/g, '$1é')))
    .join('');
}

/** A translator's work: every target filled, each placeholder kept (UI messages as they are, as ICU keywords must stay). */
function translateEverything(xliff: string): string {
  return xliff.replace(
    /<trans-unit id="([^"]+)">\n(\s*)<source>([\s\S]*?)<\/source>\n(\s*)<target state="new"><\/target>/g,
    (_whole, id: string, indent: string, source: string) =>
      `<trans-unit id="${id}">\n${indent}<source>${source}</source>\n${indent}<target state="translated">${id.startsWith('ui/') ? source : frenchLike(source)}</target>`,
  );
}

beforeAll(() => {
  for (const part of ['course.config.json', 'lessons', 'scenarios', 'art', 'public', 'src/i18n/messages.ts'])
    cpSync(join(repo, part), join(course, part), { recursive: true });
  const config = JSON.parse(readFileSync(join(course, 'course.config.json'), 'utf8')) as Record<string, unknown>;
  config.locales = [{ code: 'en-GB' }, { code: 'fr', money: { currency: 'EUR', locale: 'fr-FR' } }];
  writeFileSync(join(course, 'course.config.json'), JSON.stringify(config, null, 2));
  mkdirSync(join(course, 'translations'));
});

describe('export, translate, import and check a new language without touching code', () => {
  it('exports every unit, brings the translation back and builds a sound course in it', () => {
    const exported = run('export-cli.ts', '--locale', 'fr', '--out', 'translations/fr.xlf');
    expect(exported.status).toBe(0);
    expect(exported.output).toMatch(
      /translations\/fr\.xlf: \d{4} units for fr: 0 translated, 0 to review, \d{4} to translate\./,
    );
    const file = readFileSync(join(course, 'translations/fr.xlf'), 'utf8');
    writeFileSync(join(course, 'translations/fr-done.xlf'), translateEverything(file));

    const imported = run('import-cli.ts', 'translations/fr-done.xlf');
    expect(imported.output).toContain('locales/fr.xlf');
    expect(imported.output).toContain('complete, ready to build');
    expect(imported.status).toBe(0);
    expect(languageProblems(course).errors).toEqual([]);
  }, 120_000);

  it('reports a translation as stale, with its line in the store, once the English changes', () => {
    const scenario = join(course, 'scenarios/billing-error.yaml');
    writeFileSync(scenario, readFileSync(scenario, 'utf8').replace('Twice! {money:62}', 'Two times! {money:62}'));
    const lesson = join(course, 'lessons/02-moments-of-truth/02-misery-mediocrity-and-wow.mdx');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('Misery is costly.', 'Misery costs a lot.'));
    const store = readFileSync(join(course, 'locales/fr.xlf'), 'utf8').split('\n');
    const messages = languageProblems(course).errors.map(formatContentError);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      const [, line] = /^locales\/fr\.xlf:(\d+) /.exec(message) ?? [];
      expect(store[Number(line) - 1]).toContain('<trans-unit id=');
      expect(message).toContain('is stale: the English at ');
    }
    expect(messages.join('\n')).toContain('scenarios/billing-error.yaml:19');
    expect(messages.join('\n')).toContain('lessons/02-moments-of-truth/02-misery-mediocrity-and-wow.mdx:17');
  });

  it('sends a stale translation back for review with the English it was made from', () => {
    expect(run('export-cli.ts', '--locale', 'fr', '--out', 'translations/fr-2.xlf').output).toMatch(
      /, 2 to review, 0 to translate\./,
    );
    const units = readXliff(readFileSync(join(course, 'translations/fr-2.xlf'), 'utf8')).units;
    const review = units.filter((u) => u.state === 'needs-review-translation');
    expect(review.map((u) => u.target)).toEqual([
      expect.stringContaining('Miseryé is costlyé.'),
      expect.stringContaining('Twiceé! {money:62}'),
    ]);
    const xml = readFileSync(join(course, 'translations/fr-2.xlf'), 'utf8');
    expect(xml).toContain('<note>The English changed. The translation was made from: Misery is costly.');
  }, 60_000);

  it('keeps a translation that lost a placeholder, and names its line', () => {
    const file = readFileSync(join(course, 'translations/fr-done.xlf'), 'utf8');
    const broken = file.replace(
      /<target state="translated"><g id="1" ctype="bold">Meetingé expectationsé\.<\/g>/,
      '<target state="translated">Meetingé expectationsé.',
    );
    expect(broken).not.toBe(file);
    writeFileSync(join(course, 'translations/fr-broken.xlf'), broken);
    const imported = run('import-cli.ts', 'translations/fr-broken.xlf');
    expect(imported.status).toBe(1);
    expect(imported.output).toMatch(
      /locales\/fr\.xlf:\d+ \[lesson\/how-this-course-works\/text#[0-9a-f]{8}\] the placeholder <g id="1"> was lost \(English at lessons\/00-introduction\/01-how-this-course-works.mdx:19\)/,
    );
    expect(readFileSync(join(course, 'locales/fr.xlf'), 'utf8')).toContain(
      '<target state="translated">Meetingé expectationsé.',
    );
  }, 60_000);
});
