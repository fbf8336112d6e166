import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ScormVersion } from './scorm-versions';

/** The official schema files, kept in the repository; schemas/README.md says where they come from. */
const SCHEMA_ROOT = join(import.meta.dirname, 'schemas');

/** Folder holding the exact copies of the published control files for one SCORM version. */
export function schemaSourceFolder(version: ScormVersion): string {
  return join(SCHEMA_ROOT, version);
}

function filesIn(version: ScormVersion): readonly string[] {
  return readdirSync(schemaSourceFolder(version)).sort();
}

/**
 * The control files ADL's test suite expects beside imsmanifest.xml: whatever the version's folder
 * holds, so adding or removing a file there is the only change needed.
 */
export const SCHEMA_FILES: Record<ScormVersion, readonly string[]> = {
  scorm12: filesIn('scorm12'),
  scorm2004: filesIn('scorm2004'),
};
