import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { defineConfig } from 'vite';
import { coursePlugin } from './scripts/content/vite-plugin-course';
import { scenariosPlugin } from './scripts/content/vite-plugin-scenarios';

const root = import.meta.dirname;

export default defineConfig({
  // Relative paths let the unzipped package run from any folder of any LMS host.
  base: './',
  plugins: [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter] }) },
    react({ include: /\.(mdx|tsx?)$/ }),
    coursePlugin(root),
    scenariosPlugin(root),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    assetsInlineLimit: 0,
    // The course runs offline inside an LMS: no modulepreload polyfill injected as inline code.
    modulePreload: { polyfill: false },
  },
});
