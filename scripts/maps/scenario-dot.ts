import { bandStyle, MAP_BACKGROUND, MAP_HIGHLIGHT, MAP_INK, MAP_MUTED } from './band-style';
import type { MapReply, MapScenario, ScenarioMapOptions } from './map-scenario';
import { wrapLabel } from './wrap-label';

/** Columns of a scene's words per line; scene box widths are set from it. */
export const NODE_COLUMNS = 30;
/** Columns of an ending's words: titles are short, and the band shapes grow wider than their words. */
export const ENDING_COLUMNS = 22;
/** Columns of an arrow's label per line: arrows sit between boxes, so their labels are narrower. */
export const EDGE_COLUMNS = 20;
/** At most this many lines of the customer's words; the text alternative has them all. */
export const MAX_QUOTE_LINES = 6;
export const FONT_SIZE = 11;
export const FONT = 'Arial';
/**
 * Points per column, on the generous side: Arial's average letter is about half its size, but
 * capitals, accented letters and wide glyphs run larger, so a line of NODE_COLUMNS always fits.
 */
const POINTS_PER_COLUMN = FONT_SIZE * 0.62;
const NODE_PADDING_POINTS = 24;
/** Width of every scene and ending box, in inches, as Graphviz wants it. */
export const NODE_WIDTH_INCHES = Math.ceil(((NODE_COLUMNS * POINTS_PER_COLUMN + NODE_PADDING_POINTS) / 72) * 100) / 100;

export const START_MARK = '▶ START';
export const HERE_MARK = '➤ HERE';
export const LOOP_MARK = '↺ loops back';

/**
 * The SVG id of each part, so a page (the preview LMS, the learner-choice report) or a test can find
 * it. Ids start with the scenario's id, so several maps can share one page; "--" joins the parts,
 * as no id of the content format holds two hyphens in a row.
 */
export function svgIds(scenarioId: string) {
  const idOf = (kind: string) => (id: string) => `${scenarioId}--${kind}--${id}`;
  return { scene: idOf('scene'), ending: idOf('ending'), reply: idOf('reply'), missing: idOf('missing') };
}

const nodeName = {
  scene: (id: string) => `scene:${id}`,
  ending: (id: string) => `ending:${id}`,
  missing: (id: string) => `missing:${id}`,
};

/** A DOT quoted string. */
const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
/** Text inside a Graphviz HTML-like label. */
const html = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Line {
  readonly text: string;
  readonly bold?: boolean;
  readonly colour?: string;
}

/** An HTML-like label of left-aligned lines, each already wrapped to `blockColumns` when given. */
function label(lines: readonly Line[], blockColumns?: number): string {
  const body = lines
    .map(({ text, bold, colour }) => {
      let out = html(text);
      if (bold) out = `<B>${out}</B>`;
      if (colour) out = `<FONT COLOR="${colour}">${out}</FONT>`;
      return `${out}<BR ALIGN="LEFT"/>`;
    })
    .join('');
  if (blockColumns === undefined) return `<${body}>`;
  // In a box, the lines sit in a cell as wide as their columns at the generous letter width,
  // aligned left, so they start at the box's left edge whatever Graphviz guesses their width to be.
  const width = Math.ceil(blockColumns * POINTS_PER_COLUMN);
  return `<<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD ALIGN="LEFT" BALIGN="LEFT" WIDTH="${width}">${body}</TD></TR></TABLE>>`;
}

const wrapped = (text: string, columns: number, extra: Omit<Line, 'text'> = {}, maxLines?: number): Line[] =>
  wrapLabel(text, columns, maxLines).map((line) => ({ text: line, ...extra }));

const attributes = (attrs: Record<string, string | number | undefined>): string =>
  Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) =>
      typeof value === 'number'
        ? `${key}=${value}`
        : value?.startsWith('<')
          ? `${key}=${value}`
          : `${key}=${quoted(value ?? '')}`,
    )
    .join(' ');

/** "42% (21)": the share of `total` and the count, as the learner-choice report labels choices. */
export function formatShare(count: number, total: number): string {
  const share = total > 0 ? Math.round((count / total) * 100) : 0;
  return `${share}% (${count})`;
}

/**
 * Replies that go back to an earlier scene: the back edges of a depth-first walk from the start,
 * replies in the order written. They are drawn as loops, and left out of the ranking so the map
 * still reads from top to bottom.
 */
export function loopReplies(scenario: MapScenario): Set<string> {
  const sceneById = new Map(scenario.scenes.map((s) => [s.id, s]));
  const state = new Map<string, 'open' | 'done'>();
  const loops = new Set<string>();
  const visit = (sceneId: string) => {
    state.set(sceneId, 'open');
    for (const reply of sceneById.get(sceneId)?.replies ?? []) {
      if (!sceneById.has(reply.next)) continue;
      const seen = state.get(reply.next);
      if (seen === 'open') loops.add(reply.id);
      else if (seen === undefined) visit(reply.next);
    }
    state.set(sceneId, 'done');
  };
  if (sceneById.has(scenario.start)) visit(scenario.start);
  // Scenes no path reaches (only in a file that fails its checks) still get drawn, and walked.
  for (const scene of scenario.scenes) if (!state.has(scene.id)) visit(scene.id);
  return loops;
}

function sceneNode(scenario: MapScenario, index: number, options: ScenarioMapOptions): string {
  const scene = scenario.scenes[index];
  if (!scene) return '';
  const highlighted = scene.id === options.highlightSceneId;
  const lines: Line[] = [];
  if (highlighted) lines.push({ text: HERE_MARK, bold: true, colour: MAP_HIGHLIGHT });
  if (scene.id === scenario.start) lines.push({ text: START_MARK, bold: true });
  lines.push(...wrapped(scene.id, NODE_COLUMNS, { bold: true }));
  const first = scene.customer?.[0];
  if (first) lines.push(...wrapped(`“${first}”`, NODE_COLUMNS, {}, MAX_QUOTE_LINES));
  const counts = options.choiceCounts?.[scene.id];
  if (options.choiceCounts) {
    const total = Object.values(counts ?? {}).reduce((sum, n) => sum + n, 0);
    lines.push(
      ...wrapped(`${total} learner${total === 1 ? '' : 's'} replied here`, NODE_COLUMNS, { colour: MAP_MUTED }),
    );
  }
  return `  ${quoted(nodeName.scene(scene.id))} [${attributes({
    id: svgIds(scenario.id).scene(scene.id),
    class: highlighted ? 'scene highlighted' : 'scene',
    shape: 'box',
    style: highlighted ? 'rounded,filled,bold' : 'rounded,filled',
    fillcolor: highlighted ? '#e3f1f0' : MAP_BACKGROUND,
    color: highlighted ? MAP_HIGHLIGHT : MAP_MUTED,
    penwidth: highlighted ? 4 : 1.2,
    label: label(lines, NODE_COLUMNS),
  })}];`;
}

function endingNode(scenario: MapScenario, index: number, options: ScenarioMapOptions): string {
  const ending = scenario.endings[index];
  if (!ending) return '';
  const style = bandStyle(ending.band);
  const lines: Line[] = [{ text: `${style.mark} ending`, bold: true }];
  if (ending.title) lines.push(...wrapped(ending.title, ENDING_COLUMNS, { bold: true }));
  lines.push(...wrapped(ending.id, ENDING_COLUMNS));
  if (options.endingCounts) {
    const total = Object.values(options.endingCounts).reduce((sum, n) => sum + n, 0);
    const count = options.endingCounts[ending.id] ?? 0;
    lines.push(...wrapped(`${formatShare(count, total)} ended here`, ENDING_COLUMNS, { bold: true }));
  }
  return `  ${quoted(nodeName.ending(ending.id))} [${attributes({
    id: svgIds(scenario.id).ending(ending.id),
    class: `ending band-${ending.band ?? 'unknown'}`,
    shape: style.endingShape,
    style: 'filled',
    fillcolor: style.tint,
    color: style.ink,
    fontcolor: style.ink,
    penwidth: 1.5,
    width: 1,
    label: label(lines, ENDING_COLUMNS),
  })}];`;
}

function replyEdge(
  scenario: MapScenario,
  sceneId: string,
  reply: MapReply,
  loops: ReadonlySet<string>,
  options: ScenarioMapOptions,
): string {
  const style = bandStyle(reply.band);
  const loop = loops.has(reply.id);
  const target = scenario.scenes.some((s) => s.id === reply.next)
    ? nodeName.scene(reply.next)
    : scenario.endings.some((e) => e.id === reply.next)
      ? nodeName.ending(reply.next)
      : nodeName.missing(reply.next);
  const lines: Line[] = [{ text: style.mark, bold: true }, ...wrapped(reply.id, EDGE_COLUMNS)];
  if (loop) lines.push({ text: LOOP_MARK, bold: true });
  const counts = options.choiceCounts?.[sceneId];
  if (options.choiceCounts) {
    const total = Object.values(counts ?? {}).reduce((sum, n) => sum + n, 0);
    lines.push({ text: formatShare(counts?.[reply.id] ?? 0, total), bold: true });
  }
  return `  ${quoted(nodeName.scene(sceneId))} -> ${quoted(target)} [${attributes({
    id: svgIds(scenario.id).reply(reply.id),
    class: `reply band-${reply.band ?? 'unknown'}${loop ? ' loop' : ''}`,
    // A loop is drawn as a double line, and kept out of the ranking so the map flows downwards.
    color: loop ? `${style.ink}:invis:${style.ink}` : style.ink,
    style: style.line,
    penwidth: style.penwidth,
    fontcolor: style.ink,
    constraint: loop ? 'false' : undefined,
    label: label(lines),
  })}];`;
}

/** Boxes for targets that are neither a scene nor an ending, so a broken link shows where it points. */
function missingNodes(scenario: MapScenario): string[] {
  const known = new Set([...scenario.scenes.map((s) => s.id), ...scenario.endings.map((e) => e.id)]);
  const missing = [...new Set(scenario.scenes.flatMap((s) => s.replies.map((r) => r.next)))].filter(
    (id) => !known.has(id),
  );
  return missing.map(
    (id) =>
      `  ${quoted(nodeName.missing(id))} [${attributes({
        id: svgIds(scenario.id).missing(id),
        class: 'missing',
        shape: 'box',
        style: 'dashed',
        color: MAP_INK,
        label: label([{ text: '? not found', bold: true }, ...wrapped(id, NODE_COLUMNS)], NODE_COLUMNS),
      })}];`,
  );
}

/**
 * The Graphviz DOT text of a role-play's map: one box per scene (its id and the customer's first
 * line), one arrow per reply (marked by band in words, sign, line style and colour), one shape per
 * ending band, and loops as double lines. Pure: rendering it is `renderScenarioMap`'s job.
 */
export function scenarioMapDot(scenario: MapScenario, options: ScenarioMapOptions = {}): string {
  const loops = loopReplies(scenario);
  const lines = [
    `digraph ${quoted(scenario.id)} {`,
    `  graph [${attributes({ rankdir: 'TB', bgcolor: MAP_BACKGROUND, nodesep: 0.35, ranksep: 0.55, fontname: FONT, pad: 0.2 })}];`,
    `  node [${attributes({ fontname: FONT, fontsize: FONT_SIZE, fontcolor: MAP_INK, width: NODE_WIDTH_INCHES, margin: '0.12,0.08' })}];`,
    `  edge [${attributes({ fontname: FONT, fontsize: FONT_SIZE - 1, arrowsize: 0.8 })}];`,
    ...scenario.scenes.map((_, i) => sceneNode(scenario, i, options)),
    ...scenario.endings.map((_, i) => endingNode(scenario, i, options)),
    ...missingNodes(scenario),
    ...scenario.scenes.flatMap((scene) =>
      scene.replies.map((reply) => replyEdge(scenario, scene.id, reply, loops, options)),
    ),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
