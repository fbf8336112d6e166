import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { defineConfig } from 'vite';
import { coursePlugin } from './scripts/content/vite-plugin-course';
import { scenariosPlugin } from './scripts/content/vite-plugin-scenarios';
import { picturesPlugin } from './scripts/pictures/vite-plugin-pictures';
import { SOURCE_LOCALE_BUILD } from './scripts/i18n/locale-build';
import { uiMessagesPlugin } from './scripts/i18n/vite-plugin-ui-messages';

const root = import.meta.dirname;

export default defineConfig({
  // Relative paths let the unzipped package run from any folder of any LMS host.
  base: './',
  plugins: [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter] }) },
    react({ include: /\.(mdx|tsx?)$/ }),
    coursePlugin(root),
    scenariosPlugin(root),
    picturesPlugin(root),
    uiMessagesPlugin(root, SOURCE_LOCALE_BUILD),
  ],
  resolve: {
    alias: [
      // @xstate/react imports the shims that bring useSyncExternalStore to React 17; React 19 has
      // it built in, so the shims' fallback code would only add to the first load.
      { find: /^use-sync-external-store\/shim\/with-selector$/, replacement: 'use-sync-external-store/with-selector' },
      { find: /^use-sync-external-store\/shim$/, replacement: 'react' },
    ],
  },
  build: {
    outDir: 'dist',
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
});
