import type { InteractionRow } from './cmi-view';

/** A reply the LMS received from a role-play's first run: the scene it answered, and the response as sent. */
export interface RoleplayReply {
  readonly scenarioId: string;
  readonly sceneId: string;
  /** The reply id (cmi5), the id as SCORM 2004 writes it (`_` for `-`), or the SCORM 1.2 letter. */
  readonly response: string;
}

/** Content ids are lower-case words joined by single hyphens (scenarios/scenario.schema.json): never a dot. */
const SCENE_INTERACTION = /^scenario\.([a-z0-9-]+)\.([a-z0-9-]+)$/;

/**
 * The last role-play reply in the SCORM interactions, which the course journals as
 * `scenario.<scenarioId>.<sceneId>` in the order the learner replied. Null before any.
 */
export function lastScormReply(rows: readonly InteractionRow[]): RoleplayReply | null {
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const row = rows[i];
    const match = row ? SCENE_INTERACTION.exec(row.id) : null;
    if (row && match && row.response)
      return { scenarioId: match[1] ?? '', sceneId: match[2] ?? '', response: row.response };
  }
  return null;
}

/** The last role-play reply among cmi5 statements (newest last), as `answered` statements name it. */
export function lastCmi5Reply(rows: ReadonlyArray<{ readonly answered?: RoleplayReply }>): RoleplayReply | null {
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const answered = rows[i]?.answered;
    if (answered) return answered;
  }
  return null;
}
