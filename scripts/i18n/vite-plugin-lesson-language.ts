import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { localiseLessonText } from './lesson-units';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from './locale-build';

const LESSON_FILE = /^\d{2}-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/**
 * Puts each lesson into the build's language before MDX compiles it, so the lesson's chunk holds
 * that language's words and no other. Runs before @mdx-js/rollup (both are `pre`; it comes first).
 */
export function lessonLanguagePlugin(build: LocaleBuild): Plugin {
  return {
    name: 'moments-of-truth:lesson-language',
    enforce: 'pre',
    transform(code, id) {
      if (build === SOURCE_LOCALE_BUILD) return undefined;
      const lessonId = LESSON_FILE.exec(basename(id.split('?')[0] ?? id))?.[1];
      if (!lessonId) return undefined;
      try {
        return { code: localiseLessonText(code, lessonId, build), map: null };
      } catch (e) {
        this.error((e as Error).message);
      }
    },
  };
}
