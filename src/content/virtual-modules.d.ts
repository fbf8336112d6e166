declare module 'virtual:course-catalog' {
  export const catalog: import('../course/catalog').CourseCatalog;
}

declare module 'virtual:check-wording' {
  export const checkWording: Readonly<Record<string, import('./check-content').CheckWording>>;
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
