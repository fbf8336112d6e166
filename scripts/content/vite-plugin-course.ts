import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildCatalog, type BuiltCatalog } from './build-catalog';
import { formatContentErrors } from './content-error';
import { darkColours, onPrimary } from './theme-contrast';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from '../i18n/locale-build';
import { fontLicence, typefaceCss, typefaceModule } from './typeface-css';

const CATALOG_ID = 'virtual:course-catalog';
const LOADERS_ID = 'virtual:lesson-loaders';
const WORDING_ID = 'virtual:check-wording';
const REPLY_ORDER_ID = 'virtual:reply-order';
const TOOLS_ID = 'virtual:module-tools';
const BRAND_ID = 'virtual:brand.css';
const TYPEFACE_ID = 'virtual:typeface';

/** LMS pages often forbid inline script and style, so the built page asks for the same. */
// connect-src allows any origin because a cmi5 LMS names its LRS in the launch URL, and the
// LRS is seldom on the origin that serves the course; SCORM packages make no requests of their own.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src *; object-src 'none'; base-uri 'self'";

/**
 * Turns `lessons/`, `scenarios/` and `course.config.json` into the modules the course is built from: the catalogue the
 * course reasons about, the words of its knowledge checks (imported only by lessons), one lazy loader per lesson (each lesson is its own small chunk) and the brand colours as CSS.
 * Any content problem stops the build with every message at once.
 */
export function coursePlugin(root: string, build: LocaleBuild = SOURCE_LOCALE_BUILD): Plugin {
  const resolved = (id: string) => `\0${id}`;
  let cached: BuiltCatalog | null = null;
  const built = () => (cached ??= buildCatalog(root, build));
  return {
    name: 'moments-of-truth:course',
    buildStart() {
      cached = null;
    },
    watchChange() {
      cached = null;
    },
    configureServer(server) {
      const watched = ['lessons', 'scenarios', 'course.config.json'].map((p) => resolve(root, p));
      server.watcher.add(watched);
      server.watcher.on('all', (_event, file) => {
        if (!watched.some((w) => file.startsWith(w))) return;
        cached = null;
        for (const id of [CATALOG_ID, LOADERS_ID, WORDING_ID, REPLY_ORDER_ID, TOOLS_ID, BRAND_ID, TYPEFACE_ID]) {
          const module = server.moduleGraph.getModuleById(resolved(id));
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
    resolveId(id) {
      return [CATALOG_ID, LOADERS_ID, WORDING_ID, REPLY_ORDER_ID, TOOLS_ID, BRAND_ID, TYPEFACE_ID].includes(id)
        ? resolved(id)
        : undefined;
    },
    generateBundle() {
      const licence = fontLicence(built().config?.typeface);
      if (licence) this.emitFile({ type: 'asset', ...licence });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const config = built().catalog?.config;
        const page = html
          .replace('%COURSE_TITLE%', escapeHtml(config?.title ?? 'Course'))
          .replace('%COURSE_ICON%', escapeHtml(config ? iconHref(root, config.logo) : ''));
        if (ctx.server) return page;
        const csp = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        return page.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${csp}`);
      },
    },
    load(id) {
      if (id === resolved(BRAND_ID)) {
        const config = built().config;
        if (!config) return ':root{}';
        return `${brandCss(config.colours)}${typefaceCss(config.typeface)}`;
      }
      if (id === resolved(TYPEFACE_ID)) return typefaceModule(built().config?.typeface);
      if (![CATALOG_ID, LOADERS_ID, WORDING_ID, REPLY_ORDER_ID, TOOLS_ID].some((known) => id === resolved(known)))
        return undefined;
      const { catalog, checkWording, replyOrder, moduleTools, lessonFiles, errors } = built();
      if (errors.length > 0 || !catalog) this.error(formatContentErrors(errors));
      if (id === resolved(CATALOG_ID)) return `export const catalog = ${JSON.stringify(catalog)};`;
      if (id === resolved(WORDING_ID)) return `export const checkWording = ${JSON.stringify(checkWording)};`;
      if (id === resolved(REPLY_ORDER_ID)) return `export const replyOrder = ${JSON.stringify(replyOrder)};`;
      if (id === resolved(TOOLS_ID)) return `export const moduleTools = ${JSON.stringify(moduleTools)};`;
      const entries = lessonFiles.map(
        (l) => `  ${JSON.stringify(l.id)}: () => import(${JSON.stringify(resolve(root, l.file))}),`,
      );
      return `export const lessonLoaders = {\n${entries.join('\n')}\n};`;
    },
  };
}

type Colours = NonNullable<BuiltCatalog['config']>['colours'];

/** The brand as CSS variables, with the dark set for devices that ask for a dark theme. Variables only: it is first-load CSS. */
export function brandCss(colours: Colours): string {
  const theme = (c: Omit<Colours, 'dark'>, onPrimary: string) =>
    `:root{--colour-primary:${c.primary};--colour-accent:${c.accent};--colour-bg:${c.background};--colour-text:${c.text};--colour-on-primary:${onPrimary}}`;
  const dark = darkColours(colours);
  return `${theme(colours, onPrimary('light', colours))}@media screen and (prefers-color-scheme:dark){${theme(dark, onPrimary('dark', dark))}}`;
}

/** Largest SVG logo written into the page as the tab's icon; a larger one is linked as a file. */
export const INLINE_ICON_MAX_BYTES = 2048;

/**
 * The tab icon: a small SVG logo inside the page itself. Browsers fetch an icon apart from the
 * same image in the page, so a linked icon costs a second request for a file the header already
 * shows, in every popup window an LMS opens the course in.
 */
export function iconHref(root: string, logo: string): string {
  const file = resolve(root, 'public', logo);
  const svg = logo.endsWith('.svg') && existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (svg === null || Buffer.byteLength(svg) > INLINE_ICON_MAX_BYTES) return `./${logo}`;
  // Only the characters a URL cannot carry are escaped (and double quotes become single), which
  // keeps the page smaller than escaping everything would.
  const text = svg.replace(/\s+/g, ' ').trim().replaceAll('"', "'");
  return `data:image/svg+xml,${text.replace(/[%#<>?[\\\]^`{|}]/g, encodeURIComponent)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
