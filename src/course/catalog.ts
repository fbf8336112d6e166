import type { CourseConfig } from '../config/course-config.schema';

/** A knowledge-check option as the course scores it. Its words load with the lessons (see check-content.ts). */
export interface CheckOptionEntry {
  readonly id: string;
  readonly correct: boolean;
}

/** A knowledge check as the course scores it: which options are right, not what they say. */
export interface CheckEntry {
  readonly id: string;
  readonly lessonId: string;
  readonly multiple: boolean;
  /** Shown in the order written (the author's `fixedOrder`, for options that form a scale), not shuffled. */
  readonly fixedOrder: boolean;
  readonly options: readonly CheckOptionEntry[];
}

export interface LessonEntry {
  readonly id: string;
  readonly moduleId: string;
  readonly title: string;
  readonly minutes: number;
  readonly checkIds: readonly string[];
  readonly scenarioIds: readonly string[];
  readonly reflectionIds: readonly string[];
}

export interface ModuleEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Graded modules appear in the outline as numbered modules; the opening is not graded. */
  readonly graded: boolean;
  readonly lessonIds: readonly string[];
}

export interface ScenarioEntry {
  readonly id: string;
  readonly title: string;
  readonly lessonId: string | null;
}

/**
 * Everything the course knows about its content without rendering it.
 * Built from `lessons/`, `scenarios/` and `course.config.json` at build time.
 */
/**
 * The configuration the course reads while it runs. The brand's colours and typeface are turned
 * into CSS at build time (virtual:brand.css), so the catalogue, which is in the first load, leaves them out.
 */
export type CatalogConfig = Omit<CourseConfig, 'colours' | 'typeface'>;

export interface CourseCatalog {
  readonly config: CatalogConfig;
  readonly modules: readonly ModuleEntry[];
  readonly lessons: readonly LessonEntry[];
  readonly checks: readonly CheckEntry[];
  readonly scenarios: readonly ScenarioEntry[];
}
