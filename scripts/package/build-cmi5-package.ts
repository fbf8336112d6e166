import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmi5Problems, validateCmi5Schema } from './cmi5-checks';
import { CMI5_FILE, cmi5CourseStructure, type Cmi5Input, type Cmi5Text } from './cmi5-course-structure';
import { auCriteria } from './cmi5-move-on';
import { listFiles } from './list-files';
import { missingBuilds } from './missing-builds';
import { zipEntries } from './zip-files';

/** One zip for every language, named without a language so it cannot be mistaken for a SCORM zip. */
export function cmi5PackageFileName(courseId: string, courseVersion: string): string {
  return `${courseId}-${courseVersion}-cmi5.zip`;
}

/** A shipped language: its title and description, and the folder its build is in. */
export interface Cmi5Language extends Cmi5Text {
  readonly distDir: string;
}

interface BuiltCmi5Package {
  readonly path: string;
  readonly bytes: number;
  readonly fileCount: number;
}

/**
 * Writes the cmi5 zip into outDir: cmi5.xml at the root, then each language's build under its
 * own folder, in the order given and each folder's files in byte order. cmi5.xml must pass the
 * CourseStructure XSD and the checks of cmi5-checks.ts first, so a broken package is never written.
 */
export function buildCmi5Package(options: {
  config: Cmi5Input['config'];
  languages: readonly Cmi5Language[];
  outDir: string;
}): BuiltCmi5Package {
  const { config, languages, outDir } = options;
  const missing = missingBuilds(languages);
  if (missing.length > 0) throw new Error(missing.join('\n'));

  const xml = cmi5CourseStructure({ config, texts: languages });
  const entries: Array<[string, Uint8Array]> = [[CMI5_FILE, new TextEncoder().encode(xml)]];
  for (const { language, distDir } of languages)
    for (const file of listFiles(distDir)) entries.push([`${language}/${file}`, readFileSync(join(distDir, file))]);

  const problems = [
    ...schemaProblems(xml),
    ...cmi5Problems(
      xml,
      entries.map(([path]) => path),
      { languages: languages.map((l) => l.language), ...auCriteria(config) },
    ),
  ];
  if (problems.length > 0) throw new Error(`${CMI5_FILE} is not fit to ship:\n${problems.join('\n')}`);

  const zip = zipEntries(entries);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, cmi5PackageFileName(config.id, config.version));
  writeFileSync(path, zip);
  return { path, bytes: zip.byteLength, fileCount: entries.length };
}

function schemaProblems(xml: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cmi5-xml-'));
  try {
    const path = join(dir, CMI5_FILE);
    writeFileSync(path, xml);
    const result = validateCmi5Schema(path);
    return result.valid ? [] : [`fails the CourseStructure XSD: ${result.output}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
