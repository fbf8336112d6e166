import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentErrors } from '../content/content-error';
import { readLessons } from '../content/lesson-index';
import { lessonBanner, modulePicture } from './compose-picture';
import { readIllustrations } from './illustrations';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from '../i18n/locale-build';

const ILLUSTRATIONS = 'virtual:illustrations';
const ILLUSTRATION = 'virtual:pictures/diagram-';
const BANNERS = 'virtual:lesson-banners';
const BANNER = 'virtual:pictures/banner-';
const MODULES = 'virtual:module-pictures';
const MODULE = 'virtual:pictures/module-';
// Each picture's chunk is named after the last part of its id (banner-…, module-…, diagram-…), which
// the bench and the browser tests use to tell picture requests apart.
const ALL = [ILLUSTRATIONS, ILLUSTRATION, BANNERS, BANNER, MODULES, MODULE];

const exportSvg = (svg: string) => `export default ${JSON.stringify(svg)};`;

/** A map from id to a lazy import of that id's picture: each picture is a chunk of its own. */
function loaderMap(name: string, prefix: string, ids: readonly string[]): string {
  const entries = ids.map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(prefix + id)}),`);
  return `export const ${name} = {\n${entries.join('\n')}\n};`;
}

/**
 * Turns art/diagrams/*.svg and the `picture:` fields of module.yaml and lesson frontmatter into
 * lazy modules: a small map per screen, and one chunk per picture, so a lesson page downloads only
 * its own banner and diagrams, and the start screen none. The Fluent Emoji set is read here, in
 * Node; only the objects a picture uses reach the browser.
 */
export function picturesPlugin(root: string, build: LocaleBuild = SOURCE_LOCALE_BUILD): Plugin {
  const resolved = (id: string) => `\0${id}`;
  let lessons: ReturnType<typeof readLessons> | null = null;
  let illustrations: ReturnType<typeof readIllustrations> | null = null;
  const content = () => (lessons ??= readLessons(root));
  const diagrams = () => (illustrations ??= readIllustrations(root, build));
  return {
    name: 'moments-of-truth:pictures',
    buildStart() {
      lessons = null;
      illustrations = null;
    },
    configureServer(server) {
      const watched = ['lessons', 'art'].map((p) => resolve(root, p));
      server.watcher.add(watched);
      server.watcher.on('all', (_event, file) => {
        if (!watched.some((w) => file.startsWith(w))) return;
        lessons = null;
        illustrations = null;
        for (const module of server.moduleGraph.idToModuleMap.values())
          if (ALL.some((prefix) => module.id?.startsWith(resolved(prefix))))
            server.moduleGraph.invalidateModule(module);
      });
    },
    resolveId(id) {
      return ALL.some((prefix) => id.startsWith(prefix)) ? resolved(id) : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return undefined;
      const virtualId = id.slice(1);
      if (virtualId === ILLUSTRATIONS) {
        const entries = [...diagrams().values()].map(
          (d) =>
            `  ${JSON.stringify(d.name)}: { width: ${d.width}, height: ${d.height}, load: () => import(${JSON.stringify(ILLUSTRATION + d.name)}) },`,
        );
        return `export const illustrations = {\n${entries.join('\n')}\n};`;
      }
      if (virtualId.startsWith(ILLUSTRATION)) {
        const diagram = diagrams().get(virtualId.slice(ILLUSTRATION.length));
        if (!diagram) this.error(`art/diagrams has no ${virtualId.slice(ILLUSTRATION.length)}.svg`);
        return exportSvg(diagram.svg);
      }
      if (![BANNERS, BANNER, MODULES, MODULE].some((p) => virtualId.startsWith(p))) return undefined;
      const { modules, lessons: lessonFiles, errors } = content();
      if (errors.length > 0) this.error(formatContentErrors(errors));
      if (virtualId === BANNERS)
        return loaderMap(
          'lessonBanners',
          BANNER,
          lessonFiles.filter((l) => l.picture.length > 0).map((l) => l.id),
        );
      if (virtualId === MODULES)
        return loaderMap(
          'modulePictures',
          MODULE,
          modules.filter((m) => m.picture.length > 0).map((m) => m.id),
        );
      if (virtualId.startsWith(BANNER)) {
        const lesson = lessonFiles.find((l) => l.id === virtualId.slice(BANNER.length));
        if (!lesson) this.error(`no lesson has the id ${virtualId.slice(BANNER.length)}`);
        return exportSvg(lessonBanner(lesson.id, lesson.picture));
      }
      const module = modules.find((m) => m.id === virtualId.slice(MODULE.length));
      if (!module) this.error(`no module has the id ${virtualId.slice(MODULE.length)}`);
      return exportSvg(modulePicture(module.id, module.picture));
    },
  };
}
