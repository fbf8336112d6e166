import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { defineConfig, type Alias, type UserConfig } from 'vite';
import { coursePlugin } from './scripts/content/vite-plugin-course';
import { scenariosPlugin } from './scripts/content/vite-plugin-scenarios';
import { picturesPlugin } from './scripts/pictures/vite-plugin-pictures';
import { buildDirFor } from './scripts/i18n/build-dirs';
import { configuredLocales, localeBuildFor } from './scripts/i18n/locale-build-for';
import { lessonLanguagePlugin } from './scripts/i18n/vite-plugin-lesson-language';
import { uiMessagesPlugin } from './scripts/i18n/vite-plugin-ui-messages';

const root = import.meta.dirname;
// One build holds one language: COURSE_LOCALE names it (scripts/i18n/build-locales.ts sets it for
// each language in course.config.json); without it, the language the course is written in.
const localeBuild = localeBuildFor(root, process.env.COURSE_LOCALE);

/**
 * React's packages choose their production or development build at run time with a CommonJS
 * `process.env.NODE_ENV` switch, which the bundle keeps as wrapper code. The build imports the
 * production files directly, which takes about 0.2 kB gzip off the first load, whose budget is
 * fixed. Only the build: the dev server and the unit tests keep React's development build and its warnings.
 */
const productionReact: Alias[] = [
  ['react-dom/client', 'react-dom/cjs/react-dom-client.production.js'],
  ['react-dom', 'react-dom/cjs/react-dom.production.js'],
  ['react/jsx-runtime', 'react/cjs/react-jsx-runtime.production.js'],
  ['react', 'react/cjs/react.production.js'],
  ['scheduler', 'scheduler/cjs/scheduler.production.js'],
].map(([name, file]) => ({ find: new RegExp(`^${name}$`), replacement: `${root}/node_modules/${file}` }));

/** The course's Vite configuration; vitest.config.ts uses the dev server's. */
export function courseViteConfig(command: 'build' | 'serve'): UserConfig {
  return {
    // Relative paths let the unzipped package run from any folder of any LMS host.
    base: './',
    // A cmi5 launch may move to the build of the learner's language: each build knows which are shipped.
    define: { 'import.meta.env.COURSE_LOCALES': JSON.stringify(configuredLocales(root).join(',')) },
    plugins: [
      lessonLanguagePlugin(localeBuild),
      { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter] }) },
      react({ include: /\.(mdx|tsx?)$/ }),
      coursePlugin(root, localeBuild),
      scenariosPlugin(root, localeBuild),
      picturesPlugin(root, localeBuild),
      uiMessagesPlugin(root, localeBuild),
    ],
    resolve: {
      alias: command === 'build' ? productionReact : [],
    },
    build: {
      outDir: buildDirFor(localeBuild.locale),
      emptyOutDir: true,
      // Browsers from 2021 on: class fields stay as written instead of pulling in Babel's helpers.
      target: 'es2022',
      assetsInlineLimit: 0,
      // The course runs offline inside an LMS: no modulepreload polyfill injected as inline code.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Everything the start screen imports statically stays in the entry chunk, so screens
            // loaded later import from it instead of splitting it into a chunk of shared code.
            groups: [{ name: 'index', tags: ['$initial'] }],
          },
        },
      },
    },
  };
}

export default defineConfig(({ command }) => courseViteConfig(command));
