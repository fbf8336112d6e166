import { join } from 'node:path';
import { CMI5_FILE, CMI5_NAMESPACE } from './cmi5-course-structure';
import type { MoveOn } from './cmi5-move-on';
import { LAUNCH_PAGE } from './scorm-versions';
import { parseXml } from './xml-document';
import { runXmllint, type SchemaResult } from './xmllint-validate';

/** The cmi5 Course Structure XSD, kept in the repository; schemas/README.md says where it comes from. */
export const CMI5_SCHEMA = join(import.meta.dirname, 'schemas', 'cmi5', 'CourseStructure.xsd');

/** Validates a cmi5.xml file offline against the CourseStructure XSD. */
export function validateCmi5Schema(cmi5Path: string): SchemaResult {
  return runXmllint(CMI5_SCHEMA, cmi5Path);
}

interface Cmi5Expectations {
  /** Every shipped language, each with a folder of its own in the zip. */
  readonly languages: readonly string[];
  readonly moveOn: MoveOn;
  /** The scaled pass mark, or null when no masteryScore may appear. */
  readonly masteryScore: string | null;
}

/**
 * What the XSD cannot catch: an AU launch page missing from the zip, a language with no build or no
 * title, ids that are not absolute IRIs, stray files, and moveOn or masteryScore that disagree with
 * the course configuration.
 */
export function cmi5Problems(xml: string, packageFiles: readonly string[], expected: Cmi5Expectations): string[] {
  const doc = parseXml(xml);
  const problems: string[] = [];
  const all = (parent: Document | Element, name: string) =>
    Array.from(parent.getElementsByTagNameNS(CMI5_NAMESPACE, name));
  const root = doc.documentElement;
  if (root.localName !== 'courseStructure' || root.namespaceURI !== CMI5_NAMESPACE)
    problems.push(`root element must be <courseStructure> in ${CMI5_NAMESPACE}`);

  const present = new Set(packageFiles);
  if (!present.has(CMI5_FILE)) problems.push(`${CMI5_FILE} is missing from the zip's root`);
  for (const language of expected.languages)
    if (!present.has(`${language}/${LAUNCH_PAGE}`)) problems.push(`${language}/${LAUNCH_PAGE} is not in the zip`);
  const folders = new Set(expected.languages.map((l) => `${l}/`));
  for (const file of packageFiles)
    if (file !== CMI5_FILE && ![...folders].some((folder) => file.startsWith(folder)))
      problems.push(`"${file}" is neither ${CMI5_FILE} nor in a language's folder`);

  const course = all(doc, 'course')[0];
  const aus = all(doc, 'au');
  const ids = [course, ...aus].map((e) => e?.getAttribute('id') ?? '');
  for (const id of ids) if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) problems.push(`id "${id}" is not an absolute IRI`);
  if (new Set(ids).size !== ids.length) problems.push('the course and its AU share an id');
  if (aus.length !== 1) problems.push(`expected one AU, found ${aus.length}`);

  for (const element of [course, ...aus])
    for (const part of ['title', 'description']) {
      const text = element ? all(element, part)[0] : undefined;
      const langs = text ? all(text, 'langstring').map((s) => s.getAttribute('lang')) : [];
      for (const language of expected.languages)
        if (!langs.includes(language)) problems.push(`<${element?.localName ?? '?'}> ${part} has no ${language} text`);
      for (const lang of langs)
        if (!lang || !expected.languages.includes(lang))
          problems.push(
            `<${element?.localName ?? '?'}> ${part} has a langstring in "${lang ?? ''}", which is not shipped`,
          );
    }

  const au = aus[0];
  if (au) {
    const url = all(au, 'url')[0]?.textContent?.trim() ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/'))
      problems.push(`AU url "${url}" must be relative, as the launch page is in the zip`);
    else if (!present.has(decodeURIComponent(url.split(/[?#]/)[0] ?? '')))
      problems.push(`AU url "${url}" names no file in the zip`);
    const moveOn = au.getAttribute('moveOn') ?? 'NotApplicable';
    if (moveOn !== expected.moveOn) problems.push(`moveOn is ${moveOn}, expected ${expected.moveOn}`);
    const masteryScore = au.getAttribute('masteryScore');
    if (masteryScore !== expected.masteryScore)
      problems.push(`masteryScore is ${masteryScore ?? 'absent'}, expected ${expected.masteryScore ?? 'absent'}`);
  }
  return problems;
}
