interface ImportMetaEnv {
  /** Every language the package ships, comma-separated, from course.config.json (vite.config.ts). */
  readonly COURSE_LOCALES: string;
}
