/** What the preview server tells the page about the built course (see scripts/preview/course-info-handler.ts). */
export interface CourseInfo {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly passMark: number;
  readonly masteryScoreInManifest: boolean;
  /** The languages built, the source language first; each runs from its own folder. */
  readonly languages: ReadonlyArray<{ readonly code: string; readonly label: string }>;
  readonly packages: ReadonlyArray<{
    readonly language: string;
    readonly label: string;
    readonly file: string;
    readonly href: string;
    readonly bytes: number;
  }>;
}

export const COURSE_INFO_PATH = 'preview/course.json';
/** Where the build of one language is served: the preview server mounts each built language there. */
export function courseLaunchPath(language: string): string {
  return `courses/${language}/index.html`;
}

export async function fetchCourseInfo(): Promise<CourseInfo> {
  const response = await fetch(COURSE_INFO_PATH, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The preview server did not describe the course (HTTP ${response.status}).`);
  return (await response.json()) as CourseInfo;
}
