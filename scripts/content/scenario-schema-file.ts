import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scenarioJsonSchema } from './scenario-schema';

/** The schema file that each scenario's first line points editors at. */
export const SCHEMA_FILE = 'scenarios/scenario.schema.json';

export function scenarioSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/** Rewrites the editor schema from the checker's schema, so the two cannot drift apart. */
function writeSchemaFile(root: string): void {
  const path = join(root, SCHEMA_FILE);
  const next = scenarioSchemaText();
  if (existsSync(path) && readFileSync(path, 'utf8') === next) {
    console.log(`${SCHEMA_FILE} is up to date`);
    return;
  }
  writeFileSync(path, next);
  console.log(`wrote ${SCHEMA_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) writeSchemaFile(process.cwd());
