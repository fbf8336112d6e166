import type { Band } from '../../src/course/progress-facts';
import { shortIdentifier } from '../../src/tracking/scorm-formats';
import { buildCatalog } from '../content/build-catalog';
import { readMapSources, type MapScenario } from '../maps';

/** What the report needs to know of the course: names, right answers and the role-plays' graphs. */
export interface ReportCourse {
  readonly title: string;
  readonly lang: string;
  readonly modules: readonly ReportModule[];
  readonly checks: ReadonlyMap<string, ReportCheck>;
  readonly scenarios: ReadonlyMap<string, ReportScenario>;
}

export interface ReportModule {
  readonly id: string;
  readonly title: string;
  readonly graded: boolean;
  /** In course order, lesson by lesson. */
  readonly checkIds: readonly string[];
  readonly scenarioIds: readonly string[];
}

export interface ReportCheck {
  readonly id: string;
  readonly moduleId: string;
  readonly lessonTitle: string;
  readonly question: string;
  readonly multiple: boolean;
  readonly options: readonly { readonly id: string; readonly text: string; readonly correct: boolean }[];
}

export interface ReportScenario {
  readonly map: MapScenario;
  readonly title: string;
  readonly moduleId: string | null;
  readonly lessonTitle: string | null;
  /** Reply ids per scene in authored order: SCORM 1.2 letters are positions in it. */
  readonly replyOrder: Readonly<Record<string, readonly string[]>>;
}

/** The course's content read as the build reads it (scripts/content), in its source language. */
export function loadReportCourse(root: string): ReportCourse {
  const built = buildCatalog(root);
  const catalog = built.catalog;
  if (!catalog) throw new Error(`the course in ${root} has no readable course.config.json`);
  const maps = new Map(readMapSources(root).flatMap((s) => (s.scenario ? [[s.scenario.id, s.scenario] as const] : [])));
  const lessonOf = new Map(catalog.lessons.map((l) => [l.id, l]));
  const checks = new Map<string, ReportCheck>();
  for (const check of catalog.checks) {
    const lesson = lessonOf.get(check.lessonId);
    const wording = built.checkWording[check.id];
    checks.set(check.id, {
      id: check.id,
      moduleId: lesson?.moduleId ?? '',
      lessonTitle: lesson?.title ?? check.lessonId,
      question: wording?.question ?? check.id,
      multiple: check.multiple,
      options: check.options.map((o) => ({
        id: o.id,
        correct: o.correct,
        text: wording?.options.find((w) => w.id === o.id)?.text ?? o.id,
      })),
    });
  }
  const scenarios = new Map<string, ReportScenario>();
  for (const entry of catalog.scenarios) {
    const map = maps.get(entry.id);
    if (!map) continue;
    const lesson = entry.lessonId ? lessonOf.get(entry.lessonId) : undefined;
    scenarios.set(entry.id, {
      map,
      title: entry.title,
      moduleId: lesson?.moduleId ?? null,
      lessonTitle: lesson?.title ?? null,
      replyOrder: built.replyOrder[entry.id] ?? {},
    });
  }
  const modules = catalog.modules.map((m) => {
    const lessons = m.lessonIds.flatMap((id) => lessonOf.get(id) ?? []);
    return {
      id: m.id,
      title: m.title,
      graded: m.graded,
      checkIds: lessons.flatMap((l) => l.checkIds),
      scenarioIds: lessons.flatMap((l) => l.scenarioIds),
    };
  });
  return {
    title: catalog.config.title,
    lang: catalog.config.locales?.[0]?.code ?? 'en',
    modules,
    checks,
    scenarios,
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The reply a recorded response names: its id (SCORM 2004 as sent, xAPI), its SCORM 2004 short
 * identifier (hyphens become "_"), or its SCORM 1.2 letter (its position in the scene as authored).
 */
export function replyOfResponse(scenario: ReportScenario, sceneId: string, token: string): string | null {
  const scene = scenario.map.scenes.find((s) => s.id === sceneId);
  if (!scene) return null;
  const exact = scene.replies.find((r) => r.id === token) ?? scene.replies.find((r) => shortIdentifier(r.id) === token);
  if (exact) return exact.id;
  const position = token.length === 1 ? LETTERS.indexOf(token) : -1;
  return position < 0 ? null : (scenario.replyOrder[sceneId]?.[position] ?? null);
}

/** The option a recorded response token names: its id or its SCORM 2004 short identifier. */
export function optionOfResponse(check: ReportCheck, token: string): string | null {
  return (
    (check.options.find((o) => o.id === token) ?? check.options.find((o) => shortIdentifier(o.id) === token))?.id ??
    null
  );
}

export const bandOfReply = (scenario: ReportScenario, sceneId: string, replyId: string): Band | undefined =>
  scenario.map.scenes.find((s) => s.id === sceneId)?.replies.find((r) => r.id === replyId)?.band;
