import { LAUNCH_PAGE, SCHEMA_VERSION } from './scorm-versions';
import { manifestIds, type ManifestInput } from './manifest-input';
import { SOURCE_LOCALE } from '../i18n/locale-build';
import { escapeXml, fileHref } from './xml-text';

/** imsmanifest.xml for SCORM 1.2: one organisation, one item, one SCO resource listing every file. */
export function scorm12Manifest({ config, files, language = SOURCE_LOCALE }: ManifestInput): string {
  const ids = manifestIds(config, language);
  const title = escapeXml(config.title);
  // Only on request: a 1.2 LMS then sets passed/failed itself from score.raw (see the docs).
  const mastery = config.reporting.masteryScoreInManifest
    ? `\n        <adlcp:masteryscore>${Math.round(config.passMark)}</adlcp:masteryscore>`
    : '';
  const fileLines = files.map((f) => `      <file href="${escapeXml(fileHref(f))}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from course.config.json by npm run build; edit that file, not this one. -->
<manifest identifier="${escapeXml(ids.manifest)}" version="${escapeXml(config.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${SCHEMA_VERSION.scorm12}</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>
          <imsmd:langstring xml:lang="${escapeXml(language)}">${title}</imsmd:langstring>
        </imsmd:title>
        <imsmd:language>${escapeXml(language)}</imsmd:language>${description(config.description, language)}
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="${escapeXml(ids.organization)}">
    <organization identifier="${escapeXml(ids.organization)}">
      <title>${title}</title>
      <item identifier="${escapeXml(ids.item)}" identifierref="${escapeXml(ids.resource)}" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${escapeXml(ids.resource)}" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_PAGE}">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}

function description(text: string | undefined, language: string): string {
  if (!text) return '';
  return `
        <imsmd:description>
          <imsmd:langstring xml:lang="${escapeXml(language)}">${escapeXml(text)}</imsmd:langstring>
        </imsmd:description>`;
}
