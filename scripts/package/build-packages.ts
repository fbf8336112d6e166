import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_LOCALE } from '../i18n/locale-build';
import { listFiles } from './list-files';
import type { ManifestConfig, ManifestInput } from './manifest-input';
import { scorm12Manifest } from './manifest-scorm12';
import { scorm2004Manifest } from './manifest-scorm2004';
import { SCHEMA_FILES, schemaSourceFolder } from './schema-files';
import { LAUNCH_PAGE, SCORM_VERSIONS, packageFileName, type ScormVersion } from './scorm-versions';
import { zipEntries } from './zip-files';

export const MANIFEST_FILE = 'imsmanifest.xml';

const MANIFEST: Record<ScormVersion, (input: ManifestInput) => string> = {
  scorm12: scorm12Manifest,
  scorm2004: scorm2004Manifest,
};

export function manifestFor(version: ScormVersion, input: ManifestInput): string {
  return MANIFEST[version](input);
}

interface BuiltPackage {
  readonly version: ScormVersion;
  readonly language: string;
  readonly path: string;
  readonly bytes: number;
  readonly fileCount: number;
}

/**
 * Writes one zip per SCORM version of one language's build into outDir: imsmanifest.xml first, then the schema files,
 * then every file of the built course, each group in byte order.
 */
export function buildPackages(options: {
  config: ManifestConfig;
  distDir: string;
  outDir: string;
  language?: string;
}): BuiltPackage[] {
  const { config, distDir, outDir, language = SOURCE_LOCALE } = options;
  if (!existsSync(join(distDir, LAUNCH_PAGE)))
    throw new Error(`${distDir}/${LAUNCH_PAGE} is missing: run vite build first`);
  const files = listFiles(distDir);
  mkdirSync(outDir, { recursive: true });
  return SCORM_VERSIONS.map((version) => {
    const schemaFiles = SCHEMA_FILES[version];
    const clash = files.find((f) => f === MANIFEST_FILE || schemaFiles.includes(f));
    if (clash) throw new Error(`dist/${clash} would overwrite a SCORM control file; rename it`);
    const manifest = manifestFor(version, { config, files, language });
    const entries: Array<[string, Uint8Array]> = [
      [MANIFEST_FILE, new TextEncoder().encode(manifest)],
      ...schemaFiles.map((f): [string, Uint8Array] => [f, readFileSync(join(schemaSourceFolder(version), f))]),
      ...files.map((f): [string, Uint8Array] => [f, readFileSync(join(distDir, f))]),
    ];
    const zip = zipEntries(entries);
    const path = join(outDir, packageFileName(config.id, config.version, version, language));
    writeFileSync(path, zip);
    return { version, language, path, bytes: zip.byteLength, fileCount: entries.length };
  });
}
