// Node work only (xmllint, files, zips), but in the default jsdom environment: test/unit/setup.ts clears
// window storage after every test, which a node environment has not got.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportingMode } from '../../src/config/course-config.schema';
import { buildCmi5Package, cmi5PackageFileName } from '../../scripts/package/build-cmi5-package';
import { cmi5Problems, validateCmi5Schema } from '../../scripts/package/cmi5-checks';
import {
  CMI5_FILE,
  CMI5_NAMESPACE,
  cmi5CourseStructure,
  type Cmi5Input,
  type Cmi5Text,
} from '../../scripts/package/cmi5-course-structure';
import { cmi5Ids } from '../../scripts/package/cmi5-ids';
import type { MoveOn } from '../../scripts/package/cmi5-move-on';
import { nameBasedUuid } from '../../scripts/package/name-based-uuid';
import { parseXml } from '../../scripts/package/xml-document';

const work = mkdtempSync(join(tmpdir(), 'cmi5-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TEXTS: Cmi5Text[] = [
  { language: 'en-GB', title: `Tom & Jerry's <"best"> course`, description: 'Serve people < 5 minutes & "smile"' },
  { language: 'es', title: 'Momentos de la verdad', description: 'Atención al cliente, ¿qué importa?' },
  { language: 'ja', title: '真実の瞬間', description: 'お客様に「覚えてもらえる」対応を' },
  { language: 'ar', title: 'لحظات الحقيقة', description: 'خدمة العملاء & الزملاء' },
];
const LANGUAGES = TEXTS.map((t) => t.language);

function configFor(mode: ReportingMode, passMark = 75, id = 'moments-of-truth'): Cmi5Input['config'] {
  return { id, version: '1.0.0', passMark, reporting: { mode, masteryScoreInManifest: false } };
}

/** The listing a zip with every language's launch page would have, each folder in byte order. */
const LISTING = [CMI5_FILE, ...LANGUAGES.flatMap((l) => [`${l}/assets/app.js`, `${l}/index.html`])];

let files = 0;
function validate(xml: string): ReturnType<typeof validateCmi5Schema> {
  const path = join(work, `cmi5-${(files += 1)}.xml`);
  writeFileSync(path, xml);
  return validateCmi5Schema(path);
}

function langstrings(xml: string, parent: 'course' | 'au', part: 'title' | 'description'): Record<string, string> {
  const element = parseXml(xml).getElementsByTagNameNS(CMI5_NAMESPACE, parent)[0];
  const text = element?.getElementsByTagNameNS(CMI5_NAMESPACE, part)[0];
  return Object.fromEntries(
    Array.from(text?.getElementsByTagNameNS(CMI5_NAMESPACE, 'langstring') ?? []).map((s): [string, string] => [
      s.getAttribute('lang') ?? '',
      s.textContent ?? '',
    ]),
  );
}

function auAttribute(xml: string, name: string): string | null {
  return parseXml(xml).getElementsByTagNameNS(CMI5_NAMESPACE, 'au')[0]?.getAttribute(name) ?? null;
}

describe('cmi5.xml', () => {
  const xml = cmi5CourseStructure({ config: configFor('passed-incomplete'), texts: TEXTS });

  it('validates against the cmi5 CourseStructure XSD with four languages and awkward titles', () => {
    const result = validate(xml);
    expect(result.output).toMatch(/validates$/);
    expect(result.valid).toBe(true);
  });

  it('passes the checks the XSD cannot make, for a zip holding each language', () => {
    expect(
      cmi5Problems(xml, LISTING, { languages: LANGUAGES, moveOn: 'CompletedAndPassed', masteryScore: '0.75' }),
    ).toEqual([]);
  });

  it.each(['course', 'au'] as const)('gives the %s title and description in every language, escaped', (parent) => {
    const expectTitles = Object.fromEntries(TEXTS.map((t) => [t.language, t.title]));
    const expectDescriptions = Object.fromEntries(TEXTS.map((t) => [t.language, t.description]));
    expect(langstrings(xml, parent, 'title')).toEqual(expectTitles);
    expect(langstrings(xml, parent, 'description')).toEqual(expectDescriptions);
    expect(xml).toContain('Tom &amp; Jerry&apos;s &lt;&quot;best&quot;&gt; course');
    expect(xml).toContain('<langstring lang="ja">真実の瞬間</langstring>');
  });

  it('launches the source language build, relative to the zip root', () => {
    const url = parseXml(xml).getElementsByTagNameNS(CMI5_NAMESPACE, 'url')[0]?.textContent;
    expect(url).toBe('en-GB/index.html');
    expect(auAttribute(xml, 'launchMethod')).toBe('AnyWindow');
  });

  it.each<[ReportingMode, number, MoveOn, string | null]>([
    ['passed-incomplete', 75, 'CompletedAndPassed', '0.75'],
    ['passed-failed', 80, 'CompletedAndPassed', '0.8'],
    ['passed-failed', 100, 'CompletedAndPassed', '1'],
    ['passed-failed', 0, 'CompletedAndPassed', '0'],
    ['completed-incomplete', 75, 'Completed', null],
  ])('reporting mode %s with pass mark %i gives moveOn %s and masteryScore %s', (mode, passMark, moveOn, score) => {
    const written = cmi5CourseStructure({ config: configFor(mode, passMark), texts: TEXTS });
    expect(auAttribute(written, 'moveOn')).toBe(moveOn);
    expect(auAttribute(written, 'masteryScore')).toBe(score);
    expect(validate(written).valid).toBe(true);
    expect(cmi5Problems(written, LISTING, { languages: LANGUAGES, moveOn, masteryScore: score })).toEqual([]);
  });
});

describe('publisher ids', () => {
  it('are urn:uuid IRIs that stay the same across versions, pass marks and languages', () => {
    const ids = (input: Cmi5Input) => {
      const doc = parseXml(cmi5CourseStructure(input));
      return ['course', 'au'].map((e) => doc.getElementsByTagNameNS(CMI5_NAMESPACE, e)[0]?.getAttribute('id'));
    };
    const first = ids({ config: configFor('passed-incomplete'), texts: TEXTS });
    const later = ids({
      config: { ...configFor('passed-failed', 90), version: '2.3.4' },
      texts: [TEXTS[1]!, TEXTS[0]!],
    });
    expect(later).toEqual(first);
    expect(first[0]).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first[1]).not.toBe(first[0]);
  });

  it('differ between two courses', () => {
    expect(cmi5Ids({ id: 'moments-of-truth' }).course).not.toBe(cmi5Ids({ id: 'moments-of-truth-2' }).course);
  });

  it('come from a standard version 5 UUID (the RFC example vector for python.org)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });
});

describe('the checks can fail', () => {
  const good = cmi5CourseStructure({ config: configFor('passed-failed'), texts: TEXTS });
  const expected = { languages: LANGUAGES, moveOn: 'CompletedAndPassed', masteryScore: '0.75' } as const;

  it.each([
    ['a course without a description', good.replace(/<description>[\s\S]*?<\/description>/, '')],
    ['an unknown moveOn', good.replace('moveOn="CompletedAndPassed"', 'moveOn="Sometimes"')],
    ['a masteryScore above 1', good.replace('masteryScore="0.75"', 'masteryScore="75"')],
    ['an AU without a url', good.replace(/<url>.*<\/url>/, '')],
    ['a langstring in a bad language tag', good.replace('lang="es"', 'lang="not a tag"')],
  ])('the XSD rejects %s', (_, xml) => {
    expect(xml).not.toBe(good);
    const result = validate(xml);
    expect(result.valid).toBe(false);
    expect(result.output).toMatch(/fails to validate/);
  });

  it('flags an AU url that names no file in the zip', () => {
    const listing = LISTING.filter((f) => f !== 'en-GB/index.html');
    expect(cmi5Problems(good, listing, expected).join('\n')).toMatch(/AU url "en-GB\/index.html" names no file/);
  });

  it('flags a language with no build, or with no title', () => {
    expect(cmi5Problems(good, LISTING, { ...expected, languages: [...LANGUAGES, 'pt-BR'] }).join('\n')).toMatch(
      /pt-BR\/index.html is not in the zip[\s\S]*<course> title has no pt-BR text/,
    );
  });

  it('flags moveOn and masteryScore that disagree with the configuration', () => {
    expect(cmi5Problems(good, LISTING, { ...expected, moveOn: 'Completed', masteryScore: null })).toEqual([
      'moveOn is CompletedAndPassed, expected Completed',
      'masteryScore is 0.75, expected absent',
    ]);
  });
});

describe('the cmi5 zip', () => {
  function fakeBuild(language: string): string {
    const dir = join(work, 'builds', language);
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="${language}"></html>`);
    writeFileSync(join(dir, 'assets', 'app.js'), `console.log(${JSON.stringify(language)});`);
    return dir;
  }

  it('holds cmi5.xml at its root and each language build under its own folder', () => {
    const languages = TEXTS.map((t) => ({ ...t, distDir: fakeBuild(t.language) }));
    const outDir = join(work, 'release');
    const built = buildCmi5Package({ config: configFor('passed-incomplete'), languages, outDir });
    expect(built.path).toBe(join(outDir, cmi5PackageFileName('moments-of-truth', '1.0.0')));
    expect(built.path).toMatch(/moments-of-truth-1\.0\.0-cmi5\.zip$/);
    const entries = unzipSync(readFileSync(built.path));
    expect(Object.keys(entries)).toEqual(LISTING);
    expect(new TextDecoder().decode(entries['ja/index.html'])).toContain('lang="ja"');
    const xml = new TextDecoder().decode(entries[CMI5_FILE]);
    expect(langstrings(xml, 'course', 'title')['ar']).toBe('لحظات الحقيقة');
    expect(built.fileCount).toBe(LISTING.length);
  });

  it('refuses to package when a language has not been built, naming it', () => {
    const languages = [
      { ...TEXTS[0]!, distDir: fakeBuild('en-GB') },
      { ...TEXTS[1]!, distDir: join(work, 'never-built', 'es') },
    ];
    const outDir = join(work, 'release-refused');
    expect(() => buildCmi5Package({ config: configFor('passed-failed'), languages, outDir })).toThrow(
      /the es build is missing \(.*never-built\/es\/index\.html\)/,
    );
  });
});
