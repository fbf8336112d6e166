import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readCourseConfig } from '../../scripts/content/course-config-file';
import { buildPackages, manifestFor, MANIFEST_FILE } from '../../scripts/package/build-packages';
import { manifestProblems } from '../../scripts/package/manifest-checks';
import type { ManifestConfig } from '../../scripts/package/manifest-input';
import { SCHEMA_FILES, schemaSourceFolder } from '../../scripts/package/schema-files';
import { SCORM_VERSIONS, packageFileName, type ScormVersion } from '../../scripts/package/scorm-versions';
import { parseXml } from '../../scripts/package/xml-document';
import { validateManifestSchema } from '../../scripts/package/xmllint-validate';

const root = resolve(import.meta.dirname, '../..');
const { config: realConfig } = readCourseConfig(root);
if (!realConfig) throw new Error('course.config.json does not load');
const work = mkdtempSync(join(tmpdir(), 'package-manifest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const COURSE_FILES = ['assets/index-abc123.js', 'assets/index-def456.css', 'brand/logo & mark.svg', 'index.html'];

function withConfig(overrides: Partial<ManifestConfig> & { mastery?: boolean }): ManifestConfig {
  const { mastery, ...rest } = overrides;
  return {
    ...realConfig!,
    ...rest,
    reporting: {
      ...realConfig!.reporting,
      masteryScoreInManifest: mastery ?? realConfig!.reporting.masteryScoreInManifest,
    },
  };
}

let folders = 0;
/** Writes a manifest beside copies of the official XSDs, as the package root would hold them. */
function packageRoot(version: ScormVersion, manifest: string): { dir: string; manifestPath: string } {
  const dir = join(work, `pkg-${(folders += 1)}`);
  mkdirSync(dir, { recursive: true });
  for (const file of SCHEMA_FILES[version]) copyFileSync(join(schemaSourceFolder(version), file), join(dir, file));
  const manifestPath = join(dir, MANIFEST_FILE);
  writeFileSync(manifestPath, manifest);
  return { dir, manifestPath };
}

function packageListing(version: ScormVersion, files = COURSE_FILES): string[] {
  return [MANIFEST_FILE, ...SCHEMA_FILES[version], ...files];
}

describe.each(SCORM_VERSIONS)('%s manifest', (version) => {
  it.each([false, true])('is schema-valid and structurally sound with masteryScoreInManifest=%s', (mastery) => {
    const config = withConfig({ mastery });
    const manifest = manifestFor(version, { config, files: COURSE_FILES });
    const { dir, manifestPath } = packageRoot(version, manifest);
    const schema = validateManifestSchema(manifestPath, version, dir);
    expect(schema.output).toContain('validates');
    expect(schema.valid).toBe(true);
    expect(
      manifestProblems(manifest, version, packageListing(version), { masteryScore: mastery ? config.passMark : null }),
    ).toEqual([]);
  });

  it('carries the mastery score only when configured, with the pass mark as its value', () => {
    const without = manifestFor(version, { config: withConfig({ mastery: false, passMark: 80 }), files: COURSE_FILES });
    const withScore = manifestFor(version, {
      config: withConfig({ mastery: true, passMark: 80 }),
      files: COURSE_FILES,
    });
    expect(without).not.toMatch(/masteryscore|minNormalizedMeasure/);
    if (version === 'scorm12') expect(withScore).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    else {
      expect(withScore).toContain('satisfiedByMeasure="true"');
      expect(withScore).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    }
    expect(manifestProblems(without, version, packageListing(version), { masteryScore: 80 })).not.toEqual([]);
    expect(manifestProblems(withScore, version, packageListing(version), { masteryScore: null })).not.toEqual([]);
  });

  it('escapes every configured text and still validates', () => {
    const title = `Tom & Jerry's <"best"> -- course`;
    const config = withConfig({ title, id: '2nd-edition', version: '10.2.3' });
    const manifest = manifestFor(version, { config, files: COURSE_FILES });
    const doc = parseXml(manifest);
    // The organisation's and the item's titles; the metadata's title (in the language's LOM) holds it too.
    const titles = Array.from(doc.getElementsByTagName('title'))
      .filter((t) => t.namespaceURI !== 'http://ltsc.ieee.org/xsd/LOM' && t.prefix !== 'imsmd')
      .map((t) => t.textContent.trim());
    expect(titles).toEqual([title, title]);
    expect(manifest).toMatch(/<(imsmd:)?language>en-GB<\/(imsmd:)?language>/);
    expect(doc.documentElement.getAttribute('version')).toBe('10.2.3');
    expect(doc.documentElement.getAttribute('identifier')).toBe('course-2nd-edition');
    const { dir, manifestPath } = packageRoot(version, manifest);
    expect(validateManifestSchema(manifestPath, version, dir).valid).toBe(true);
  });

  it('lists file names with spaces and ampersands as encoded hrefs that resolve', () => {
    const manifest = manifestFor(version, { config: withConfig({}), files: COURSE_FILES });
    expect(manifest).toContain('<file href="brand/logo%20%26%20mark.svg"/>');
  });

  it('launches index.html from a single SCO resource in the right attribute case', () => {
    const manifest = manifestFor(version, { config: withConfig({}), files: COURSE_FILES });
    expect(manifest).toContain(
      version === 'scorm12' ? 'adlcp:scormtype="sco" href="index.html"' : 'adlcp:scormType="sco" href="index.html"',
    );
  });
});

describe('structural checks catch what the XSDs miss', () => {
  const good = manifestFor('scorm2004', { config: withConfig({ mastery: false }), files: COURSE_FILES });
  const problems = (manifest: string, files = packageListing('scorm2004')) =>
    manifestProblems(manifest, 'scorm2004', files, { masteryScore: null });

  it('flags the 1.2 spelling adlcp:scormtype in a 2004 manifest, which the schema accepts', () => {
    const wrong = good.replace('adlcp:scormType=', 'adlcp:scormtype=');
    const { dir, manifestPath } = packageRoot('scorm2004', wrong);
    expect(validateManifestSchema(manifestPath, 'scorm2004', dir).valid).toBe(true);
    expect(problems(wrong).join('\n')).toMatch(/spells adlcp:scormtype/);
  });

  it('lets the 1.2 schema reject the 2004 spelling adlcp:scormType', () => {
    const wrong = manifestFor('scorm12', { config: withConfig({}), files: COURSE_FILES }).replace(
      'adlcp:scormtype=',
      'adlcp:scormType=',
    );
    const { dir, manifestPath } = packageRoot('scorm12', wrong);
    expect(validateManifestSchema(manifestPath, 'scorm12', dir).valid).toBe(false);
    expect(manifestProblems(wrong, 'scorm12', packageListing('scorm12'), { masteryScore: null }).join('\n')).toMatch(
      /spells adlcp:scormType/,
    );
  });

  it('flags an identifierref that points nowhere', () => {
    expect(problems(good.replace(/identifierref="[^"]+"/, 'identifierref="nowhere"')).join('\n')).toMatch(
      /missing resource "nowhere"/,
    );
  });

  it('flags a file in the package that the manifest does not list', () => {
    expect(problems(good, [...packageListing('scorm2004'), 'assets/extra.js'])).toEqual([
      '"assets/extra.js" is in the package but not listed in the manifest',
    ]);
  });

  it('flags a listed file that is not in the package', () => {
    const files = packageListing('scorm2004').filter((f) => f !== 'assets/index-def456.css');
    expect(problems(good, files)).toEqual(['listed file "assets/index-def456.css" is not in the package']);
  });

  it('flags a missing schema file at the package root', () => {
    const files = packageListing('scorm2004').filter((f) => f !== 'imsss_v1p0util.xsd');
    expect(problems(good, files)).toEqual(['control file "imsss_v1p0util.xsd" is missing from the package root']);
  });

  it('flags a wrong schemaversion', () => {
    expect(problems(good.replace('2004 4th Edition', '2004 3rd Edition'))).toEqual([
      'schemaversion is "2004 3rd Edition", expected "2004 4th Edition"',
    ]);
  });
});

describe('buildPackages', () => {
  const dist = join(work, 'dist');
  for (const file of COURSE_FILES) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), `content of ${file}`);
  }
  const config = withConfig({});

  it('writes one zip per version named after the course id and version, manifest first, then schemas, then course files', () => {
    const built = buildPackages({ config, distDir: dist, outDir: join(work, 'release-a') });
    expect(built.map((p) => p.path)).toEqual(
      SCORM_VERSIONS.map((v) => join(work, 'release-a', packageFileName(config.id, config.version, v))),
    );
    expect(packageFileName('moments-of-truth', '1.0.0', 'scorm12')).toBe('moments-of-truth-1.0.0-en-GB-scorm12.zip');
    for (const pkg of built) {
      const entries = Object.keys(unzipSync(new Uint8Array(readFileSync(pkg.path))));
      expect(entries).toEqual(packageListing(pkg.version));
    }
  });

  it('ships the published SCORM schema files at the package root, unchanged', () => {
    const built = buildPackages({ config, distDir: dist, outDir: join(work, 'release-e') });
    const shipped = Object.fromEntries(
      built.map((pkg) => {
        const zip = unzipSync(new Uint8Array(readFileSync(pkg.path)));
        const names = Object.keys(zip).filter((name) => /\.(xsd|dtd)$/.test(name));
        const hash = createHash('sha256');
        for (const name of names) hash.update(`${name}\0`).update(zip[name]!);
        return [pkg.version, { names, sha256: hash.digest('hex') }];
      }),
    );
    expect(shipped.scorm12?.names).toEqual([
      'adlcp_rootv1p2.xsd',
      'ims_xml.xsd',
      'imscp_rootv1p1p2.xsd',
      'imsmd_rootv1p2p1.xsd',
    ]);
    expect(shipped.scorm2004?.names).toEqual([
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
    ]);
    // Fingerprints of the files as ADL and IMS published them: any edit, reformat or line-ending change shows here.
    expect(shipped.scorm12?.sha256).toBe('d0562c2c814ef503930d1fa4631e768759e5469f43e611d34fa4d60650dee4c0');
    expect(shipped.scorm2004?.sha256).toBe('5ca9d157a7b1e01e6d7dcee8c6c92daccf1bc2c0c648d68de894513d5155ff3e');
  });

  it('gives byte-identical zips for identical input', () => {
    const first = buildPackages({ config, distDir: dist, outDir: join(work, 'release-b') });
    const second = buildPackages({ config, distDir: dist, outDir: join(work, 'release-c') });
    first.forEach((pkg, i) => expect(readFileSync(pkg.path).equals(readFileSync(second[i]!.path))).toBe(true));
  });

  it('refuses a course file that would overwrite a control file', () => {
    const clashing = join(work, 'dist-clash');
    mkdirSync(clashing, { recursive: true });
    writeFileSync(join(clashing, 'index.html'), '');
    writeFileSync(join(clashing, 'imsmanifest.xml'), '');
    expect(() => buildPackages({ config, distDir: clashing, outDir: join(work, 'release-d') })).toThrow(/control file/);
  });
});
