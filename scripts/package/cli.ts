import { relative, resolve } from 'node:path';
import { readCourseConfig } from '../content/course-config-file';
import { buildDirFor } from '../i18n/build-dirs';
import { configuredLocales, localeBuildFor } from '../i18n/locale-build-for';
import { buildPackages } from './build-packages';
import { VERSION_LABEL } from './scorm-versions';

const root = resolve(import.meta.dirname, '../..');
// One pair of zips per language in course.config.json, each from that language's build and with its
// title and description in that language.
for (const locale of configuredLocales(root)) {
  const { config, errors } = readCourseConfig(root, localeBuildFor(root, locale));
  if (!config) {
    for (const e of errors) console.error(`${e.file}:${e.line} ${e.message}`);
    process.exit(1);
  }
  const built = buildPackages({
    config,
    distDir: resolve(root, buildDirFor(locale)),
    outDir: resolve(root, 'release'),
    language: locale,
  });
  for (const p of built)
    console.log(
      `${locale.padEnd(6)} ${VERSION_LABEL[p.version].padEnd(24)} ${relative(root, p.path)}  ${(p.bytes / 1024).toFixed(1)} KB, ${p.fileCount} files`,
    );
}
