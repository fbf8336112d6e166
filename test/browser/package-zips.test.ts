import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCourseConfig } from '../../scripts/content/course-config-file';
import { listFiles } from '../../scripts/package/list-files';
import { MANIFEST_FILE } from '../../scripts/package/build-packages';
import { manifestProblems } from '../../scripts/package/manifest-checks';
import { LAUNCH_PAGE, SCORM_VERSIONS, packageFileName } from '../../scripts/package/scorm-versions';
import { cmi5PackageFileName } from '../../scripts/package/build-cmi5-package';
import { cmi5Problems, validateCmi5Schema } from '../../scripts/package/cmi5-checks';
import { CMI5_FILE, CMI5_NAMESPACE } from '../../scripts/package/cmi5-course-structure';
import { auCriteria } from '../../scripts/package/cmi5-move-on';
import { parseXml } from '../../scripts/package/xml-document';
import { validateManifestSchema } from '../../scripts/package/xmllint-validate';
import { startStaticServer, type RouteHandler, type StaticServer } from '../../scripts/serve/static-server';
import { buildDirFor } from '../../scripts/i18n/build-dirs';
import { configuredLocales, localeBuildFor } from '../../scripts/i18n/locale-build-for';
import { launchChromium } from './chromium';
import { uiTextIn } from './ui-text';
import { watchPage } from './page-watch';
import { waitVisible } from './wait-for';

const root = resolve(import.meta.dirname, '../..');
const { config } = readCourseConfig(root);
if (!config) throw new Error('course.config.json does not load');
const work = mkdtempSync(join(tmpdir(), 'package-zips-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

// The LMS host, not the package, answers for its own favicon.
const noFavicon: RouteHandler = (req, res) => {
  if (req.url !== '/favicon.ico') return false;
  res.writeHead(204).end();
  return true;
};

// Every language's zips, as a training company uploads them.
const PACKAGES = configuredLocales(root).flatMap((language) =>
  SCORM_VERSIONS.map((version) => ({ language, version })),
);

describe.each(PACKAGES)('release/ $language $version zip', ({ language, version }) => {
  const zip = resolve(root, 'release', packageFileName(config.id, config.version, version, language));
  // A deep, oddly named folder, as LMSs unpack uploads into their own storage paths.
  const unpacked = join(work, language, version, 'lms data', 'packages', '42');
  const ui = uiTextIn(language);

  beforeAll(() => {
    if (!existsSync(zip)) throw new Error(`${zip} is missing: npm run build makes it`);
    mkdirSync(unpacked, { recursive: true });
    const run = spawnSync('unzip', ['-q', zip, '-d', unpacked], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`unzip failed: ${run.stderr}`);
  });

  it('has a manifest that validates against the XSDs shipped in the package itself', () => {
    const result = validateManifestSchema(join(unpacked, MANIFEST_FILE), version, unpacked);
    expect(result.output).toContain('imsmanifest.xml validates');
    expect(result.valid).toBe(true);
  });

  it('passes the structural checks: references, scormType case, files both ways, schemaversion, mastery setting', () => {
    const manifest = readFileSync(join(unpacked, MANIFEST_FILE), 'utf8');
    const masteryScore = config.reporting.masteryScoreInManifest ? config.passMark : null;
    expect(manifestProblems(manifest, version, listFiles(unpacked), { masteryScore })).toEqual([]);
  });

  it('names its language in the manifest, with the title in that language', () => {
    const manifest = readFileSync(join(unpacked, MANIFEST_FILE), 'utf8');
    const title = readCourseConfig(root, localeBuildFor(root, language)).config?.title ?? '';
    expect(manifest).toContain(`>${language}</`);
    const attribute = version === 'scorm12' ? 'xml:lang' : 'language';
    expect(manifest).toContain(`${attribute}="${language}">${title}</`);
  });

  it('holds exactly the built course next to the control files', () => {
    const courseFiles = listFiles(resolve(root, buildDirFor(language)));
    expect(listFiles(unpacked).filter((f) => courseFiles.includes(f))).toEqual(courseFiles);
  });

  it('starts the first lesson when launched from the unpacked folder, with no failed request', async () => {
    const server: StaticServer = await startStaticServer(
      { '/lms/': join(work, language, version) },
      { handlers: [noFavicon] },
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      const watch = watchPage(page, server.url);
      await page.goto(`${server.url}/lms/lms%20data/packages/42/index.html`);
      await page.getByRole('link', { name: ui('start.begin') }).click();
      // "Lesson 1 of N" in the package's language, whatever N is.
      const position = ui('lesson.position', { index: 1, count: 99 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await waitVisible(page.getByText(new RegExp(position.replace('99', '\\d+'))));
      await waitVisible(page.locator('.lesson__body h2').first());
      expect(watch.failedRequests).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe('release/ cmi5 zip', () => {
  const zip = resolve(root, 'release', cmi5PackageFileName(config.id, config.version));
  const unpacked = join(work, 'cmi5', 'lms data', 'packages', '43');
  const languages = configuredLocales(root);
  const cmi5 = () => readFileSync(join(unpacked, CMI5_FILE), 'utf8');

  beforeAll(() => {
    if (!existsSync(zip)) throw new Error(`${zip} is missing: npm run build makes it`);
    mkdirSync(unpacked, { recursive: true });
    const run = spawnSync('unzip', ['-q', zip, '-d', unpacked], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`unzip failed: ${run.stderr}`);
  });

  it('has a cmi5.xml at its root that validates against the cmi5 CourseStructure XSD', () => {
    const result = validateCmi5Schema(join(unpacked, CMI5_FILE));
    expect(result.output).toContain('cmi5.xml validates');
    expect(result.valid).toBe(true);
  });

  it('passes the checks the XSD cannot make, with moveOn and masteryScore from course.config.json', () => {
    expect(cmi5Problems(cmi5(), listFiles(unpacked), { languages, ...auCriteria(config) })).toEqual([]);
  });

  it('launches an AU url that resolves to the source language build inside the zip', () => {
    const url = parseXml(cmi5()).getElementsByTagNameNS(CMI5_NAMESPACE, 'url')[0]?.textContent?.trim() ?? '';
    expect(url).toBe(`${languages[0]}/${LAUNCH_PAGE}`);
    expect(existsSync(join(unpacked, decodeURIComponent(url)))).toBe(true);
  });

  it.each(languages)('holds the %s build under its own folder, titled in that language', (language) => {
    const courseFiles = listFiles(resolve(root, buildDirFor(language)));
    expect(courseFiles).toContain(LAUNCH_PAGE);
    expect(listFiles(join(unpacked, language))).toEqual(courseFiles);
    const title = readCourseConfig(root, localeBuildFor(root, language)).config?.title ?? '';
    expect(cmi5()).toContain(`<langstring lang="${language}">${title}</langstring>`);
  });

  it.each(languages)(
    'starts the first lesson from the unpacked %s folder, with no failed request',
    async (language) => {
      const ui = uiTextIn(language);
      const server: StaticServer = await startStaticServer({ '/lms/': join(work, 'cmi5') }, { handlers: [noFavicon] });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        const watch = watchPage(page, server.url);
        await page.goto(`${server.url}/lms/lms%20data/packages/43/${language}/${LAUNCH_PAGE}`);
        await page.getByRole('link', { name: ui('start.begin') }).click();
        await waitVisible(page.locator('.lesson__body h2').first());
        expect(watch.failedRequests).toEqual([]);
        expect(watch.foreignRequests).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
      } finally {
        await page.close();
        await server.close();
      }
    },
  );
});
