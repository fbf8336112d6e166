import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScormVersion } from './scorm-versions';

/** Namespaces of each manifest and the root schema file that declares them. */
const IMPORTS: Record<ScormVersion, ReadonlyArray<readonly [namespace: string, file: string]>> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    // The inline metadata that names the package's language and title.
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};

/**
 * xmllint takes one schema, and the content-packaging schema alone does not know the adlcp
 * attributes (1.2 rejects them through a strict wildcard), so a wrapper imports every namespace.
 */
function schemaWrapper(version: ScormVersion, schemaDir: string): string {
  const imports = IMPORTS[version]
    .map(
      ([ns, file]) => `  <xsd:import namespace="${ns}" schemaLocation="${pathToFileURL(join(schemaDir, file)).href}"/>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:moments-of-truth:wrapper">
${imports}
</xsd:schema>
`;
}

export interface SchemaResult {
  readonly valid: boolean;
  readonly output: string;
}

/** Validates a manifest file offline against the XSDs in schemaDir (normally the package root itself). */
export function validateManifestSchema(manifestPath: string, version: ScormVersion, schemaDir: string): SchemaResult {
  const dir = mkdtempSync(join(tmpdir(), 'scorm-wrapper-'));
  try {
    const wrapper = join(dir, `wrapper-${version}.xsd`);
    writeFileSync(wrapper, schemaWrapper(version, schemaDir));
    return runXmllint(wrapper, manifestPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Validates an XML file offline against one schema file that declares everything the file uses. */
export function runXmllint(schemaPath: string, documentPath: string): SchemaResult {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schemaPath, documentPath], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${run.error.message}`);
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
