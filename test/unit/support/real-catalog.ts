import { resolve } from 'node:path';
import { buildCatalog } from '../../../scripts/content/build-catalog';
import type { CourseCatalog } from '../../../src/course/catalog';

export const courseRoot = resolve(import.meta.dirname, '../../..');

/** The catalogue of the course in this repository, built as the Vite plugin builds it. */
export function realCatalog(): CourseCatalog {
  const { catalog } = buildCatalog(courseRoot);
  if (!catalog) throw new Error('the course content does not build');
  return catalog;
}
