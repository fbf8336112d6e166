import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText, readScenarios } from '../../scripts/content/scenario-index';
import { SCHEMA_FILE, scenarioSchemaText } from '../../scripts/content/scenario-schema-file';
import { holdMusic } from './support/hold-music';

const root = resolve(import.meta.dirname, '../..');
const BROKEN = 'test/fixtures/scenarios-broken';
const at = (name: string) => `${BROKEN}/${name}.yaml`;

/** Every kind of problem the checker knows, where the broken fixture shows it. */
const EXPECTED = [
  { kind: 'YAML syntax error', file: at('syntax-error'), line: 6, message: /^YAML syntax: / },
  {
    kind: 'id differs from file name',
    file: at('schema-errors'),
    line: 3,
    id: 'schema-problems',
    message: /^id must match the file name/,
  },
  { kind: 'schema: unknown channel', file: at('schema-errors'), line: 5, message: /^channel must be one of/ },
  { kind: 'schema: unknown mood', file: at('schema-errors'), line: 7, message: /^mood must be one of/ },
  {
    kind: 'schema: badly formed id',
    file: at('schema-errors'),
    line: 10,
    id: 'Welcome-Back',
    message: /^id must be lowercase words/,
  },
  { kind: 'schema: missing field', file: at('schema-errors'), line: 13, id: 'greet', message: /^missing next/ },
  { kind: 'schema: unknown band', file: at('schema-errors'), line: 15, id: 'greet', message: /^band must be one of/ },
  {
    kind: 'schema: unknown field',
    file: at('schema-errors'),
    line: 17,
    id: 'greet',
    message: /^unknown field "nxt"\. Did you mean "next"\?/,
  },
  { kind: 'schema: missing debrief', file: at('schema-errors'), line: 19, id: 'done', message: /^missing debrief/ },
  {
    kind: 'reply without feedback (missing)',
    file: at('no-feedback'),
    line: 13,
    id: 'yes-and-hours',
    message: /^reply without feedback/,
  },
  {
    kind: 'reply without feedback (empty)',
    file: at('no-feedback'),
    line: 20,
    id: 'just-yes',
    message: /^reply without feedback/,
  },
  {
    kind: 'duplicate reply id',
    file: at('broken-links'),
    line: 32,
    id: 'find-a-slot',
    message: /^duplicate id: .* already used on line 14$/,
  },
  {
    kind: 'unknown target',
    file: at('broken-links'),
    line: 44,
    id: 'booked',
    message: /^unknown target: .*Did you mean "booked-well"\?/,
  },
  {
    kind: 'duplicate scene id',
    file: at('broken-links'),
    line: 45,
    id: 'choosing',
    message: /^duplicate id: .* already used on line 24$/,
  },
  { kind: 'scene with no way out', file: at('broken-links'), line: 45, id: 'choosing', message: /^no way out/ },
  { kind: 'scene with no way out', file: at('broken-links'), line: 48, id: 'forgotten', message: /^no way out/ },
  { kind: 'unreachable scene', file: at('broken-links'), line: 48, id: 'forgotten', message: /^unreachable scene/ },
  { kind: 'unreachable ending', file: at('broken-links'), line: 52, id: 'booked-well', message: /^unreachable ending/ },
  {
    kind: 'unreachable ending',
    file: at('broken-links'),
    line: 55,
    id: 'lost-in-the-post',
    message: /^unreachable ending/,
  },
  {
    kind: 'path that never ends',
    file: at('endless-loop'),
    line: 41,
    id: 'on-hold',
    message: /^a path that never ends: scenes "on-hold", "still-holding"/,
  },
  {
    kind: 'misery reply on a path into WOW',
    file: at('mixed-bands'),
    line: 19,
    id: 'you-dropped-it',
    message: /^inconsistent bands: this misery reply can still lead to the WOW ending "delighted"/,
  },
  {
    kind: 'two replies with the same text',
    file: at('mixed-bands'),
    line: 37,
    id: 'soon-ish',
    message: /^same text: .* on line 32$/,
  },
  {
    kind: 'all-WOW path not ending in WOW',
    file: at('mixed-bands'),
    line: 45,
    id: 'anything-else',
    message: /^inconsistent bands: a path of only WOW replies .* ends in the mediocrity ending "okay"/,
  },
  {
    kind: 'fewer than 3 decisions',
    file: at('too-short'),
    line: 8,
    message: /^too short: the longest path has 2 decisions/,
  },
  { kind: 'missing band', file: at('too-short'), line: 31, message: /^missing band: .*add a wow ending/ },
  { kind: 'path too long', file: at('too-long'), line: 8, message: /^path too long: a path takes 13 decisions/ },
  { kind: 'too many paths', file: at('too-many-paths'), line: 8, message: /^too many paths: more than 1000/ },
] as const;

describe('the broken fixture', () => {
  const { errors, reports } = readScenarios(root, BROKEN);

  it.each(EXPECTED.map((e) => [`${e.kind} at ${e.file}:${e.line}`, e] as const))('reports %s', (_name, expected) => {
    const found = errors.filter(
      (e) => e.file === expected.file && e.line === expected.line && expected.message.test(e.message),
    );
    expect(found, `no error matching ${expected.message} at ${expected.file}:${expected.line}`).toHaveLength(1);
    if ('id' in expected) expect(found[0]?.id).toBe(expected.id);
  });

  it('reports nothing else, and passes none of its scenarios', () => {
    expect(errors).toHaveLength(EXPECTED.length);
    expect(reports).toEqual([]);
  });

  it('reads every file even when one is not YAML at all', () => {
    const files = readdirSync(resolve(root, BROKEN)).filter((f) => f.endsWith('.yaml'));
    expect(new Set(errors.map((e) => e.file))).toEqual(new Set(files.map((f) => `${BROKEN}/${f}`)));
  });
});

describe('loops', () => {
  const looping = holdMusic();

  it('accepts a loop that has a way out, counting each path that enters no scene twice', () => {
    const result = checkScenarioText('scenarios/hold-music.yaml', looping);
    expect(result.errors).toEqual([]);
    expect(result.report).toMatchObject({ paths: 4, shortest: 2, longest: 3 });
  });
});

describe('the editor schema', () => {
  it('matches the checker, so editors flag the same mistakes', () => {
    expect(readFileSync(resolve(root, SCHEMA_FILE), 'utf8')).toBe(scenarioSchemaText());
  });

  it('is named on the first line of every scenario file', () => {
    const files = readdirSync(resolve(root, 'scenarios')).filter((f) => f.endsWith('.yaml'));
    for (const file of files)
      expect(readFileSync(resolve(root, 'scenarios', file), 'utf8').split('\n')[0], file).toBe(
        '# yaml-language-server: $schema=./scenario.schema.json',
      );
  });
});

// Each test starts the real checker in a new Node process (tsx compiling it first), which takes
// several seconds on a busy two-core machine: more than Vitest's default 5 s.
describe('check-content', { timeout: 30_000 }, () => {
  const run = (...args: string[]) => {
    try {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', ...args], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { status: 0, output: stdout };
    } catch (e) {
      const failed = e as { status: number; stdout: string; stderr: string };
      return { status: failed.status, output: failed.stdout + failed.stderr };
    }
  };

  it('fails on the broken fixture, naming every file and line', () => {
    const { status, output } = run('--scenarios', BROKEN);
    expect(status).toBe(1);
    expect(output).toContain(`${EXPECTED.length} content problems:`);
    for (const e of EXPECTED) expect(output).toContain(`${e.file}:${e.line} `);
  });

  it('passes the scenarios folder and prints a report per scenario', () => {
    const { status, output } = run('--scenarios', 'scenarios');
    expect(status).toBe(0);
    expect(output).toMatch(/late-delivery\s+9\s+26\s+4\s+3\s+1\s+29\s+2\s+4/);
    expect(output).toMatch(/billing-error\s+8\s+22\s+2\s+3\s+1\s+36\s+2\s+5/);
  });
});
