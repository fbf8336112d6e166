import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCourseConfig } from '../content/course-config-file';
import { cmi5PackageFileName } from '../package/build-cmi5-package';
import { startStaticServer, type StaticServer } from '../serve/static-server';
import { PREVIEW_APP_DIR } from './build-preview-app';
import { createCmi5Preview } from './cmi5/cmi5-preview-handler';
import { readCmi5Au } from './cmi5/read-cmi5-au';
import { courseInfoHandler } from './course-info-handler';
import { buildDirFor } from '../i18n/build-dirs';
import { SOURCE_LOCALE } from '../i18n/locale-build';
import { configuredLocales } from '../i18n/locale-build-for';

export interface PreviewServerOptions {
  readonly root: string;
  readonly port?: number;
  /** The SCO to host; the built course by default, a test fixture in tests. */
  readonly courseDir?: string;
}

/**
 * One origin for the preview page and the course, as the course must reach window.parent.API:
 * / is the preview app, /courses/<language>/ each built language (and /course/ the source language),
 * /release/ the zips, /lrs/ the local LRS for cmi5 mode and /preview-cmi5/ its launcher.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<StaticServer> {
  const { root } = options;
  const { config, errors } = readCourseConfig(root);
  if (!config) throw new Error(`course.config.json has problems: ${errors.map((e) => e.message).join('; ')}`);
  const courseDir = options.courseDir ?? resolve(root, 'dist');
  const appDir = resolve(root, PREVIEW_APP_DIR);
  const releaseDir = resolve(root, 'release');
  for (const [dir, fix] of [
    [courseDir, 'npm run build'],
    [appDir, 'npm start'],
  ] as const)
    if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run ${fix}`);
  // Each built language at /courses/<code>/; the source language is also at /course/, where it has always been.
  const languages = options.courseDir
    ? [SOURCE_LOCALE]
    : configuredLocales(root).filter((code) => existsSync(resolve(root, buildDirFor(code), 'index.html')));
  const courses = Object.fromEntries(
    languages.map((code) => [
      `/courses/${code}/`,
      code === SOURCE_LOCALE ? courseDir : resolve(root, buildDirFor(code)),
    ]),
  );
  // cmi5 mode: a local LRS at /lrs, launched from the AU in the built cmi5 zip, as an LMS imports it.
  const cmi5 = createCmi5Preview(() => readCmi5Au(resolve(releaseDir, cmi5PackageFileName(config.id, config.version))));
  const server = await startStaticServer(
    { '/course/': courseDir, ...courses, '/release/': releaseDir, '/': appDir },
    { port: options.port, handlers: [courseInfoHandler(config, releaseDir, languages), ...cmi5.handlers] },
  );
  cmi5.start(server.url);
  return server;
}
