import type { MoneySetting } from '../../src/course/format-money';
import type { Scenario } from '../../src/scenario/scenario';
import type { ContentError } from './content-error';
import { formatMoneyTokens, malformedMoneyTokens } from './money-token';
import type { ScenarioSource, YamlPath } from './scenario-yaml';

function eachString(value: unknown, path: YamlPath, visit: (text: string, path: YamlPath) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => eachString(item, [...path, i], visit));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) eachString(item, [...path, key], visit);
}

/** Every near-miss `{money:…}` token in a scenario file, at the line of the text that holds it. */
export function checkMoneyTokens(source: ScenarioSource): ContentError[] {
  const errors: ContentError[] = [];
  eachString(source.data, [], (text, path) => {
    for (const written of malformedMoneyTokens(text))
      errors.push({
        file: source.file,
        line: source.lineOf(path),
        message: `money token "${written}" is malformed: write {money:AMOUNT} with digits and an optional decimal point, such as {money:25} or {money:62.50}`,
      });
  });
  return errors;
}

function formatDeep<T>(value: T, money: MoneySetting): T {
  if (typeof value === 'string') return formatMoneyTokens(value, money) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => formatDeep(item, money)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, formatDeep(item, money)])) as T;
  return value;
}

/**
 * The scenario as learners read it: every `{money:AMOUNT}` in its text written in the course's
 * currency. Ids never hold a brace (the schema allows only lowercase words), so they pass unchanged.
 */
export function formatScenarioMoney(scenario: Scenario, money: MoneySetting): Scenario {
  return formatDeep(scenario, money);
}
