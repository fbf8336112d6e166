/**
 * The groups of UI messages (an id's first part) that the start screen and the course's frame need,
 * so they travel in the first load. Every other group loads with the screen that uses it: a file
 * that shows a message of such a group imports `virtual:ui-messages/<group>` (a unit test checks).
 */
export const FIRST_LOAD_GROUPS: readonly string[] = [
  'shell',
  'page-title',
  'loading',
  'load-problem',
  'not-found',
  'start',
  'tracking',
];

/** The group of a message id: the part before its first dot. */
export function messageGroup(id: string): string {
  return id.slice(0, id.indexOf('.'));
}
