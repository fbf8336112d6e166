import { relative, resolve } from 'node:path';
import { readCourseConfig } from '../content/course-config-file';
import { buildPackages } from './build-packages';
import { VERSION_LABEL } from './scorm-versions';

const root = resolve(import.meta.dirname, '../..');
const { config, errors } = readCourseConfig(root);
if (!config) {
  for (const e of errors) console.error(`${e.file}:${e.line} ${e.message}`);
  process.exit(1);
}
const built = buildPackages({ config, distDir: resolve(root, 'dist'), outDir: resolve(root, 'release') });
for (const p of built)
  console.log(
    `${VERSION_LABEL[p.version].padEnd(24)} ${relative(root, p.path)}  ${(p.bytes / 1024).toFixed(1)} KB, ${p.fileCount} files`,
  );
