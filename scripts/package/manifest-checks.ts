import { MANIFEST_FILE } from './build-packages';
import { scaledPassMark } from './manifest-input';
import { SCHEMA_FILES } from './schema-files';
import { SCHEMA_VERSION, type ScormVersion } from './scorm-versions';
import { parseXml } from './xml-document';

const NS: Record<ScormVersion, { cp: string; adlcp: string; typeAttr: string; wrongTypeAttr: string }> = {
  scorm12: {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    typeAttr: 'scormtype',
    wrongTypeAttr: 'scormType',
  },
  scorm2004: {
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    typeAttr: 'scormType',
    wrongTypeAttr: 'scormtype',
  },
};
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

interface ManifestExpectations {
  /** The pass mark that must appear as mastery/passing score, or null when none may appear. */
  readonly masteryScore: number | null;
}

/**
 * What the XSDs cannot catch (the resource element accepts any foreign attribute laxly):
 * dangling references, the scormType spelling, files missing from either side, the schema
 * version, and a mastery score that appears without being configured.
 */
export function manifestProblems(
  xml: string,
  version: ScormVersion,
  packageFiles: readonly string[],
  expected: ManifestExpectations,
): string[] {
  const ns = NS[version];
  const doc = parseXml(xml);
  const problems: string[] = [];
  const all = (name: string, namespace = ns.cp) => Array.from(doc.getElementsByTagNameNS(namespace, name));

  const root = doc.documentElement;
  if (root.localName !== 'manifest' || root.namespaceURI !== ns.cp)
    problems.push(`root element must be <manifest> in ${ns.cp}`);
  const schemaVersion = all('schemaversion')[0]?.textContent?.trim();
  if (schemaVersion !== SCHEMA_VERSION[version])
    problems.push(`schemaversion is "${schemaVersion ?? ''}", expected "${SCHEMA_VERSION[version]}"`);
  if (all('schema')[0]?.textContent?.trim() !== 'ADL SCORM') problems.push('schema must be "ADL SCORM"');

  const ids = [...all('manifest'), ...all('organization'), ...all('item'), ...all('resource')].map(
    (e) => e.getAttribute('identifier') ?? '',
  );
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
    problems.push(`identifier "${id}" is used twice`);
  const organizations = new Set(all('organization').map((o) => o.getAttribute('identifier')));
  const orgDefault = all('organizations')[0]?.getAttribute('default');
  if (!orgDefault || !organizations.has(orgDefault))
    problems.push(`organizations default "${orgDefault ?? ''}" names no organization`);

  const resources = new Map(all('resource').map((r) => [r.getAttribute('identifier') ?? '', r]));
  const items = all('item');
  if (items.length === 0) problems.push('the organization has no item');
  for (const item of items) {
    const ref = item.getAttribute('identifierref');
    if (ref !== null && !resources.has(ref))
      problems.push(`item "${item.getAttribute('identifier') ?? ''}" refers to missing resource "${ref}"`);
  }

  const present = new Set(packageFiles);
  const listed = new Set<string>();
  let scos = 0;
  for (const [id, resource] of resources) {
    if (resource.hasAttributeNS(ns.adlcp, ns.wrongTypeAttr))
      problems.push(`resource "${id}" spells adlcp:${ns.wrongTypeAttr}; ${version} needs adlcp:${ns.typeAttr}`);
    const type = resource.getAttributeNS(ns.adlcp, ns.typeAttr);
    if (type !== 'sco' && type !== 'asset')
      problems.push(`resource "${id}" needs adlcp:${ns.typeAttr}="sco" or "asset"`);
    if (type === 'sco') scos += 1;
    const href = resource.getAttribute('href');
    if (type === 'sco' && (!href || !present.has(decodeURIComponent(href))))
      problems.push(`resource "${id}" launches "${href ?? ''}", which is not in the package`);
    for (const file of Array.from(resource.getElementsByTagNameNS(ns.cp, 'file'))) {
      const path = decodeURIComponent(file.getAttribute('href') ?? '');
      listed.add(path);
      if (!present.has(path)) problems.push(`listed file "${path}" is not in the package`);
    }
  }
  if (scos === 0) problems.push('the package has no SCO');
  const controlFiles = new Set([MANIFEST_FILE, ...SCHEMA_FILES[version]]);
  for (const file of packageFiles)
    if (!controlFiles.has(file) && !listed.has(file))
      problems.push(`"${file}" is in the package but not listed in the manifest`);
  for (const file of controlFiles)
    if (!present.has(file)) problems.push(`control file "${file}" is missing from the package root`);

  problems.push(...masteryProblems(doc, version, expected.masteryScore));
  return problems;
}

function masteryProblems(doc: Document, version: ScormVersion, masteryScore: number | null): string[] {
  if (version === 'scorm12') {
    const values = Array.from(doc.getElementsByTagNameNS(NS.scorm12.adlcp, 'masteryscore')).map((e) =>
      e.textContent?.trim(),
    );
    if (masteryScore === null)
      return values.length ? ['adlcp:masteryscore is present but the configuration does not ask for it'] : [];
    return values.length === 1 && values[0] === String(masteryScore)
      ? []
      : [`expected one adlcp:masteryscore of ${masteryScore}, found [${values.join(', ')}]`];
  }
  const measures = Array.from(doc.getElementsByTagNameNS(IMSSS, 'minNormalizedMeasure'));
  if (masteryScore === null)
    return measures.length ? ['imsss:minNormalizedMeasure is present but the configuration does not ask for it'] : [];
  const measure = measures[0];
  if (measures.length !== 1 || !measure) return [`expected one imsss:minNormalizedMeasure, found ${measures.length}`];
  const problems: string[] = [];
  if (measure.textContent?.trim() !== scaledPassMark(masteryScore))
    problems.push(`minNormalizedMeasure is ${measure.textContent ?? ''}, expected ${scaledPassMark(masteryScore)}`);
  const objective = measure.parentElement;
  if (objective?.localName !== 'primaryObjective' || objective.getAttribute('satisfiedByMeasure') !== 'true')
    problems.push('minNormalizedMeasure must sit in a primaryObjective with satisfiedByMeasure="true"');
  return problems;
}
