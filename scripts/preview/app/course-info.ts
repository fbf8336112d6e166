/** What the preview server tells the page about the built course (see scripts/preview/course-info-handler.ts). */
export interface CourseInfo {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly passMark: number;
  readonly masteryScoreInManifest: boolean;
  readonly packages: ReadonlyArray<{
    readonly label: string;
    readonly file: string;
    readonly href: string;
    readonly bytes: number;
  }>;
}

export const COURSE_INFO_PATH = 'preview/course.json';
export const COURSE_LAUNCH_PATH = 'course/index.html';

export async function fetchCourseInfo(): Promise<CourseInfo> {
  const response = await fetch(COURSE_INFO_PATH, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The preview server did not describe the course (HTTP ${response.status}).`);
  return (await response.json()) as CourseInfo;
}
