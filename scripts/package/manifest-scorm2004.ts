import { LAUNCH_PAGE, SCHEMA_VERSION } from './scorm-versions';
import { manifestIds, scaledPassMark, type ManifestInput } from './manifest-input';
import { SOURCE_LOCALE } from '../i18n/locale-build';
import { escapeXml, fileHref } from './xml-text';

/**
 * imsmanifest.xml for SCORM 2004 4th edition. The single SCO has its own navigation, so the LMS's
 * Previous/Continue buttons are hidden: they would do nothing for a one-item package.
 */
export function scorm2004Manifest({ config, files, language = SOURCE_LOCALE }: ManifestInput): string {
  const ids = manifestIds(config, language);
  const title = escapeXml(config.title);
  // Only on request: the LMS then decides success_status from cmi.score.scaled, ignoring the course's own status.
  const sequencing = config.reporting.masteryScoreInManifest
    ? `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${escapeXml(ids.item)}-passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${scaledPassMark(config.passMark)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`
    : '';
  const fileLines = files.map((f) => `      <file href="${escapeXml(fileHref(f))}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from course.config.json by npm run build; edit that file, not this one. -->
<manifest identifier="${escapeXml(ids.manifest)}" version="${escapeXml(config.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${SCHEMA_VERSION.scorm2004}</schemaversion>
    <lom xmlns="http://ltsc.ieee.org/xsd/LOM">
      <general>
        <title>
          <string language="${escapeXml(language)}">${title}</string>
        </title>
        <language>${escapeXml(language)}</language>${description(config.description, language)}
      </general>
    </lom>
  </metadata>
  <organizations default="${escapeXml(ids.organization)}">
    <organization identifier="${escapeXml(ids.organization)}">
      <title>${title}</title>
      <item identifier="${escapeXml(ids.item)}" identifierref="${escapeXml(ids.resource)}">
        <title>${title}</title>${sequencing}
        <adlnav:presentation>
          <adlnav:navigationInterface>
            <adlnav:hideLMSUI>previous</adlnav:hideLMSUI>
            <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>
          </adlnav:navigationInterface>
        </adlnav:presentation>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${escapeXml(ids.resource)}" type="webcontent" adlcp:scormType="sco" href="${LAUNCH_PAGE}">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}

function description(text: string | undefined, language: string): string {
  if (!text) return '';
  return `
        <description>
          <string language="${escapeXml(language)}">${escapeXml(text)}</string>
        </description>`;
}
