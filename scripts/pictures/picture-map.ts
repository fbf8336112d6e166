import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { icons as fluentEmoji } from '@iconify-json/fluent-emoji-flat';
import type { ContentError } from '../content/content-error';
import { parseScenarioSource } from '../content/scenario-yaml';

export const PICTURE_MAP_FILE = 'art/pictures.yaml';
export const PICTURE_KINDS = ['modules', 'lessons', 'channels'] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/** Objects to draw, by kind and id: `{ lessons: { 'output-and-input': ['package', …] } }`. */
export type PictureMap = Record<PictureKind, Record<string, readonly string[]>>;

/** The ids that must each have a picture, and may be the only ones named. */
export type KnownIds = Record<PictureKind, readonly string[]>;

const MAX_OBJECTS = 3;

export function hasFluentEmoji(name: string): boolean {
  return Object.hasOwn(fluentEmoji.icons, name);
}

/**
 * Reads `art/pictures.yaml` and checks it against the course: every id it names exists, every
 * module, lesson and channel has a picture, and every object is a Fluent Emoji Flat name.
 */
export function checkPictureMap(
  file: string,
  text: string,
  known: KnownIds,
): { map: PictureMap | null; errors: ContentError[] } {
  const source = parseScenarioSource(file, text);
  if ('errors' in source) return { map: null, errors: source.errors };
  const errors: ContentError[] = [];
  const map: PictureMap = { modules: {}, lessons: {}, channels: {} };
  const data = source.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null) {
    return { map: null, errors: [{ file, line: 1, message: `must have the keys ${PICTURE_KINDS.join(', ')}` }] };
  }
  for (const key of Object.keys(data))
    if (!(PICTURE_KINDS as readonly string[]).includes(key))
      errors.push({
        file,
        line: source.lineOfKey([], key),
        message: `unknown section "${key}": use ${PICTURE_KINDS.join(', ')}`,
      });
  for (const kind of PICTURE_KINDS) {
    const section = data[kind] as Record<string, unknown> | undefined;
    const entries = typeof section === 'object' && section !== null ? section : {};
    for (const [id, objects] of Object.entries(entries)) {
      const line = source.lineOfKey([kind], id);
      if (!known[kind].includes(id)) {
        errors.push({ file, line, id, message: `no ${kind.slice(0, -1)} has the id "${id}"` });
        continue;
      }
      if (!Array.isArray(objects) || objects.length === 0 || objects.length > MAX_OBJECTS) {
        errors.push({
          file,
          line,
          id,
          message: `list one to ${MAX_OBJECTS} Fluent Emoji Flat names, such as [package, handshake]`,
        });
        continue;
      }
      const names = objects.map(String);
      names.forEach((name, i) => {
        if (!hasFluentEmoji(name))
          errors.push({
            file,
            line: source.lineOf([kind, id, i]),
            id,
            message: `"${name}" is not a Fluent Emoji Flat name`,
          });
      });
      map[kind][id] = names;
    }
    for (const id of known[kind])
      if (!(id in entries))
        errors.push({
          file,
          line: source.lineOf([kind]),
          id,
          message: `the ${kind.slice(0, -1)} "${id}" has no picture`,
        });
  }
  return { map: errors.length === 0 ? map : null, errors };
}

export function readPictureMap(root: string, known: KnownIds) {
  return checkPictureMap(PICTURE_MAP_FILE, readFileSync(join(root, PICTURE_MAP_FILE), 'utf8'), known);
}
