import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentError } from '../../scripts/content/content-error';
import { readCourseConfig } from '../../scripts/content/course-config-file';
import { readLessons } from '../../scripts/content/lesson-index';
import { checkScenarioText } from '../../scripts/content/scenario-index';
import { formatScenarioMoney } from '../../scripts/content/scenario-money';
import { scenariosPlugin } from '../../scripts/content/vite-plugin-scenarios';
import type { Scenario } from '../../src/scenario/scenario';
import { holdMusic } from './support/hold-music';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'money-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('money in role-plays', () => {
  it('writes each {money:AMOUNT} token in the configured currency', () => {
    const { scenario, errors } = checkScenarioText(
      'scenarios/hold-music.yaml',
      holdMusic('Can you tell me my balance?'),
    );
    expect(errors).toEqual([]);
    const rand = formatScenarioMoney(scenario!, { currency: 'ZAR', locale: 'en-ZA' });
    expect(rand.scenes[0]?.replies[1]?.text).toBe("It's R\u00a040.");
    expect(rand.scenes[0]?.replies.map((r) => r.id)).toEqual(['mumble', 'answer']);
  });

  it('names the file and line of a malformed token', () => {
    const { scenario, errors } = checkScenarioText(
      'scenarios/hold-music.yaml',
      holdMusic('Is my balance {money: 40} or {money:4O}?'),
    );
    expect(scenario).toBeNull();
    expect(errors.map(formatContentError)).toEqual([
      'scenarios/hold-music.yaml:9 money token "{money: 40}" is malformed: write {money:AMOUNT} with digits and an optional decimal point, such as {money:25} or {money:62.50}',
      'scenarios/hold-music.yaml:9 money token "{money:4O}" is malformed: write {money:AMOUNT} with digits and an optional decimal point, such as {money:25} or {money:62.50}',
    ]);
  });

  it('ships the built role-play with amounts written out and no tokens left', () => {
    const plugin = scenariosPlugin(root);
    const load = plugin.load as (this: unknown, id: string) => string;
    const context = {
      addWatchFile: () => undefined,
      error: (message: string) => {
        throw new Error(message);
      },
    };
    const code = load.call(context, '\0virtual:scenario/billing-error');
    const scenario = JSON.parse(code.slice(code.indexOf('{'), code.lastIndexOf(';'))) as Scenario;
    const text = JSON.stringify(scenario);
    expect(text).not.toContain('{money:');
    expect(scenario.scenes[0]?.customer.join(' ')).toContain('£62');
  });
});

describe('money in lessons and configuration', () => {
  it('names the file and line of a <Money> tag whose amount is not a plain number', () => {
    const dir = join(work, 'course', 'lessons', '01-only');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'module.yaml'), 'title: Only\nsummary: One module.\n');
    const body = 'It costs <Money amount="2000" />.\n\nOr <Money amount="R2,000" />.';
    writeFileSync(join(dir, '01-price.mdx'), `---\ntitle: Price\nminutes: 1\n---\n\n${body}\n`);
    expect(readLessons(join(work, 'course')).errors.map(formatContentError)).toEqual([
      'lessons/01-only/01-price.mdx:8 Money needs an amount in digits, such as amount="2000" or amount="62.50" (no currency, no separators)',
    ]);
  });

  it('names the file, line and field of a currency that is not an ISO 4217 code', () => {
    const config = readFileSync(join(root, 'course.config.json'), 'utf8').replace('"GBP"', '"RAND"');
    const dir = join(work, 'config');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'course.config.json'), config);
    const line = config.split('\n').findIndex((l) => l.includes('"RAND"')) + 1;
    expect(readCourseConfig(dir).errors.map(formatContentError)).toEqual([
      `course.config.json:${line} [money.currency] "RAND" is not an ISO 4217 currency code that Intl knows; use an uppercase code such as ZAR, EUR or USD`,
    ]);
  });
});
