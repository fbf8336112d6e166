/** A problem in an authored file, reported with the place an author needs to look. */
export interface ContentError {
  readonly file: string;
  readonly line: number;
  readonly id?: string;
  readonly message: string;
  /** The role-play scene the problem is in, so the message can say which and point at its map. */
  readonly scene?: SceneRef;
}

/** A scene of a role-play, by the scenario's id (its file name) and the scene's id. */
export interface SceneRef {
  readonly scenario: string;
  readonly id: string;
  /** The folder of the scenario file, when it is not scenarios/. */
  readonly folder?: string;
  /** The language the problem was found in, when it is not the source language. */
  readonly locale?: string;
}

/** Where to see the scene on its map: `npm run map` draws it highlighted. */
export function mapHint(scene: SceneRef): string {
  const folder = scene.folder ? ` --scenarios ${scene.folder}` : '';
  const locale = scene.locale ? ` --locale ${scene.locale}` : '';
  return `see: npm run map -- --highlight ${scene.scenario}:${scene.id}${folder}${locale}`;
}

export function formatContentError(error: ContentError): string {
  const where = `${error.file}:${error.line}`;
  const said = error.id ? `${where} [${error.id}] ${error.message}` : `${where} ${error.message}`;
  if (!error.scene) return said;
  // A reply's id alone does not say where it is; the scene does, and the map shows it.
  const inScene = error.scene.id === error.id ? '' : `in scene "${error.scene.id}"; `;
  return `${said} (${inScene}${mapHint(error.scene)})`;
}

export function formatContentErrors(errors: readonly ContentError[]): string {
  const noun = errors.length === 1 ? 'problem' : 'problems';
  return [`${errors.length} content ${noun}:`, ...errors.map((e) => `  ${formatContentError(e)}`)].join('\n');
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
