import { relative, resolve } from 'node:path';
import type { CourseConfig } from '../../src/config/course-config.schema';
import { readCourseConfig } from '../content/course-config-file';
import { buildDirFor } from '../i18n/build-dirs';
import { configuredLocales, localeBuildFor } from '../i18n/locale-build-for';
import { buildCmi5Package, type Cmi5Language } from './build-cmi5-package';
import { buildPackages } from './build-packages';
import { missingBuilds } from './missing-builds';
import { VERSION_LABEL } from './scorm-versions';

const root = resolve(import.meta.dirname, '../..');

function configIn(locale: string | undefined): CourseConfig {
  const { config, errors } = readCourseConfig(root, localeBuildFor(root, locale));
  if (config) return config;
  for (const e of errors) console.error(`${e.file}:${e.line} ${e.message}`);
  process.exit(1);
}

function report(label: string, path: string, bytes: number, fileCount: number): void {
  console.log(`${label} ${relative(root, path)}  ${(bytes / 1024).toFixed(1)} KB, ${fileCount} files`);
}

// One pair of SCORM zips per language in course.config.json, each from that language's build and with
// its title and description in that language; then one cmi5 zip holding every language, where
// cmi5.xml names the course in each and the course itself picks the learner's language at launch.
try {
  const languages = configuredLocales(root).map((locale) => {
    const config = configIn(locale);
    return { locale, config, distDir: resolve(root, buildDirFor(locale)) };
  });
  const missing = missingBuilds(languages.map(({ locale, distDir }) => ({ language: locale, distDir })));
  if (missing.length > 0) throw new Error(missing.join('\n'));

  const cmi5Languages: Cmi5Language[] = [];
  for (const { locale, config, distDir } of languages) {
    const built = buildPackages({ config, distDir, outDir: resolve(root, 'release'), language: locale });
    for (const p of built)
      report(`${locale.padEnd(6)} ${VERSION_LABEL[p.version].padEnd(24)}`, p.path, p.bytes, p.fileCount);
    cmi5Languages.push({ language: locale, title: config.title, description: config.description, distDir });
  }

  const cmi5 = buildCmi5Package({
    config: configIn(undefined),
    languages: cmi5Languages,
    outDir: resolve(root, 'release'),
  });
  report(`${'all'.padEnd(6)} ${'cmi5'.padEnd(24)}`, cmi5.path, cmi5.bytes, cmi5.fileCount);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
