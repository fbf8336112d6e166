declare module 'virtual:course-catalog' {
  export const catalog: import('../course/catalog').CourseCatalog;
}

declare module 'virtual:check-wording' {
  export const checkWording: Readonly<Record<string, import('./check-content').CheckWording>>;
}

declare module 'virtual:reply-order' {
  /** Each role-play's reply ids per scene, as authored: what SCORM 1.2's one-letter responses stand for. */
  export const replyOrder: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

declare module 'virtual:module-tools' {
  /** Each module's practical tools for tomorrow, by module id: only the results screen shows them. */
  export const moduleTools: Readonly<Record<string, readonly string[]>>;
}

declare module 'virtual:lesson-loaders' {
  import type { MDXContent } from 'mdx/types';
  export const lessonLoaders: Readonly<Record<string, () => Promise<{ default: MDXContent }>>>;
}

declare module '*.mdx' {
  import type { MDXContent } from 'mdx/types';
  const Content: MDXContent;
  export default Content;
}

declare module 'virtual:brand.css';
declare module 'virtual:typeface';
