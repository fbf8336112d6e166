import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CourseConfig } from '../../src/config/course-config.schema';
import { SCORM_VERSIONS, VERSION_LABEL, packageFileName } from '../package/scorm-versions';
import type { RouteHandler } from '../serve/static-server';
import type { CourseInfo } from './app/course-info';

/** A language's own name for itself, such as "español", with its tag, so a tester can tell en-GB from en-ZA. */
function languageLabel(code: string): string {
  const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return `${own} (${code})`;
}

export function courseInfo(config: CourseConfig, releaseDir: string, languages: readonly string[]): CourseInfo {
  return {
    id: config.id,
    version: config.version,
    title: config.title,
    passMark: config.passMark,
    masteryScoreInManifest: config.reporting.masteryScoreInManifest,
    languages: languages.map((code) => ({ code, label: languageLabel(code) })),
    packages: languages
      .flatMap((language) => SCORM_VERSIONS.map((version) => ({ language, version })))
      .map(({ language, version }) => {
        const file = packageFileName(config.id, config.version, version, language);
        const path = join(releaseDir, file);
        return {
          language,
          label: `${VERSION_LABEL[version]}, ${languageLabel(language)}`,
          file,
          href: `release/${file}`,
          bytes: existsSync(path) ? statSync(path).size : -1,
        };
      })
      .filter((p) => p.bytes >= 0),
  };
}

/** Answers GET /preview/course.json with what the page needs to know about the course. */
export function courseInfoHandler(
  config: CourseConfig,
  releaseDir: string,
  languages: readonly string[],
): RouteHandler {
  return (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/preview/course.json') return false;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(courseInfo(config, releaseDir, languages)));
    return true;
  };
}
