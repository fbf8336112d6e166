import type { CheckWording } from '../../src/content/check-content';
import type { CourseCatalog } from '../../src/course/catalog';
import type { CourseConfig } from '../../src/config/course-config.schema';
import { checkTells } from './check-tells';
import type { ContentError } from './content-error';
import { readCourseConfig } from './course-config-file';
import { readLessons, type LessonFile } from './lesson-index';
import { readScenarios } from './scenario-index';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from '../i18n/locale-build';

export interface BuiltCatalog {
  readonly catalog: CourseCatalog | null;
  /** The whole configuration, with what only the build uses (brand colours, typeface). */
  readonly config: CourseConfig | null;
  /** What learners read of each knowledge check, by check id; shipped apart from the catalogue. */
  readonly checkWording: Readonly<Record<string, CheckWording>>;
  /** Each role-play's reply ids per scene, for SCORM 1.2's one-letter responses; shipped with the 1.2 adapter. */
  readonly replyOrder: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** Each module's tools for tomorrow, by module id; shipped with the results screen. */
  readonly moduleTools: Readonly<Record<string, readonly string[]>>;
  readonly lessonFiles: readonly LessonFile[];
  readonly errors: readonly ContentError[];
}

/** Reads the configuration, every lesson and every scenario in the build's language, and cross-checks their references. */
export function buildCatalog(root: string, build: LocaleBuild = SOURCE_LOCALE_BUILD): BuiltCatalog {
  const { config, errors: configErrors } = readCourseConfig(root, build);
  const lessons = readLessons(root, build);
  const scenarios = readScenarios(root, undefined, build);
  const errors: ContentError[] = [
    ...configErrors,
    ...lessons.errors,
    ...checkTells(lessons.writtenChecks),
    ...scenarios.errors,
  ];
  const scenarioIds = new Set(scenarios.scenarios.map((s) => s.id));
  for (const ref of lessons.scenarioRefs)
    if (!scenarioIds.has(ref.scenarioId))
      errors.push({
        file: ref.file,
        line: ref.line,
        id: ref.scenarioId,
        message: `embeds scenario "${ref.scenarioId}", but scenarios/ has no scenario with that id`,
      });
  for (const link of lessons.links)
    if (link.kind === 'scenario' && !scenarioIds.has(link.target))
      errors.push({
        file: link.file,
        line: link.line,
        id: link.target,
        message: `links to scenario "${link.target}", which does not exist`,
      });
  const embeddedTwice = lessons.scenarioRefs.filter(
    (r, i, all) => all.findIndex((o) => o.scenarioId === r.scenarioId) !== i,
  );
  for (const ref of embeddedTwice)
    errors.push({
      file: ref.file,
      line: ref.line,
      id: ref.scenarioId,
      message: 'this scenario is already embedded in another lesson; embed each scenario once',
    });

  const checkWording = Object.fromEntries(
    lessons.checks.map(({ id, question, options }) => [
      id,
      { question, options: options.map(({ id: optionId, text, feedback }) => ({ id: optionId, text, feedback })) },
    ]),
  );
  const replyOrder = Object.fromEntries(scenarios.scenarios.map((s) => [s.id, s.replyOrder]));
  const moduleTools = Object.fromEntries(lessons.modules.map((m) => [m.id, m.tools]));
  const parts = { checkWording, replyOrder, moduleTools, lessonFiles: lessons.lessons, errors };
  if (!config) return { catalog: null, config: null, ...parts };
  const { colours: _colours, typeface: _typeface, ...runtimeConfig } = config;
  const catalog: CourseCatalog = {
    config: runtimeConfig,
    modules: lessons.modules.map(({ tools: _tools, picture: _picture, ...entry }) => entry),
    lessons: lessons.lessons.map(({ file: _file, keyIdeaCount: _keyIdeas, picture: _picture, ...entry }) => entry),
    checks: lessons.checks.map(({ id, lessonId, multiple, fixedOrder, options }) => ({
      id,
      lessonId,
      multiple,
      fixedOrder,
      options: options.map(({ id: optionId, correct }) => ({ id: optionId, correct })),
    })),
    scenarios: scenarios.scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      lessonId: lessons.scenarioRefs.find((r) => r.scenarioId === s.id)?.lessonId ?? null,
    })),
  };
  return { catalog, config, ...parts };
}
