import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { CHANNELS } from '../../src/scenario/scenario';
import { formatContentErrors } from '../content/content-error';
import { readCourseConfig } from '../content/course-config-file';
import { readLessons } from '../content/lesson-index';
import { channelScene, lessonBanner, modulePicture, type PictureColours } from './compose';
import { readPictureMap } from './picture-map';
import { portraitKey, portraitsFor } from './portraits';

/** Where the pictures are written; src/pictures/*.ts find them with import.meta.glob. Not committed. */
export const GENERATED_DIR = 'src/pictures/generated';

/** Every customer name in scenarios/*.yaml: only these get portraits drawn. */
function customerNames(root: string): string[] {
  const dir = join(root, 'scenarios');
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => (parse(readFileSync(join(dir, n), 'utf8')) as { customer?: { name?: unknown } } | null)?.customer?.name)
    .filter((n): n is string => typeof n === 'string');
  return [...new Set(names)];
}

/**
 * Draws every picture the course shows into `GENERATED_DIR` as SVG files, before anything imports
 * them, so the browser loads each as a file of its own only when a screen shows it. DiceBear and
 * the emoji set run here, in Node, and never ship to the browser. Problems in art/pictures.yaml
 * stop the build with file:line.
 */
export function writePictures(root: string): string[] {
  const lessons = readLessons(root);
  const { config } = readCourseConfig(root);
  const colours: PictureColours = config?.colours ?? { primary: '#0f5c5a', accent: '#e0913a', background: '#f7f5f0' };
  const { map, errors } = readPictureMap(root, {
    modules: lessons.modules.map((m) => m.id),
    lessons: lessons.lessons.map((l) => l.id),
    channels: CHANNELS,
  });
  if (!map) throw new Error(formatContentErrors(errors));
  const out = join(root, GENERATED_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files: string[] = [];
  const write = (name: string, svg: string) => {
    writeFileSync(join(out, name), svg);
    files.push(name);
  };
  for (const [id, objects] of Object.entries(map.modules)) write(`module-${id}.svg`, modulePicture(objects, colours));
  for (const [id, objects] of Object.entries(map.lessons)) write(`banner-${id}.svg`, lessonBanner(objects, colours));
  for (const [id, objects] of Object.entries(map.channels)) write(`scene-${id}.svg`, channelScene(objects, colours));
  for (const name of customerNames(root))
    for (const [mood, svg] of Object.entries(portraitsFor(name)))
      write(`portrait-${portraitKey(name)}-${mood}.svg`, svg);
  return files;
}

export function picturesPlugin(root: string): Plugin {
  return {
    name: 'course-pictures',
    buildStart() {
      try {
        writePictures(root);
      } catch (e) {
        this.error((e as Error).message);
      }
    },
  };
}
