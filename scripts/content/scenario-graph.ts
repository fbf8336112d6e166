import type { Band } from '../../src/course/progress-facts';
import { BANDS } from '../../src/course/progress-facts';
import { quote, ScenarioGraphIndex, type Edge, type Finding, type Place } from './scenario-graph-index';
import { countPaths, type PathStats } from './scenario-path-count';
import type { ScenarioGraph } from './scenario-schema';
import { didYouMean } from './scenario-suggest';

function checkIds(index: ScenarioGraphIndex, findings: Finding[]): void {
  const { scenes, endings } = index.graph;
  const firstAt = new Map<string, Place>();
  const claim = (id: string, place: Place) => {
    const related = firstAt.get(id);
    if (related)
      findings.push({
        place,
        related,
        id,
        message: `duplicate id: scene and ending ids must be unique, and "${id}" is already used`,
      });
    else firstAt.set(id, place);
  };
  scenes.forEach((scene, i) => claim(scene.id, { at: 'scene', scene: i }));
  endings.forEach((ending, i) => claim(ending.id, { at: 'ending', ending: i }));
  const replyAt = new Map<string, Place>();
  scenes.forEach((scene, i) =>
    scene.replies.forEach((reply, j) => {
      const place: Place = { at: 'reply', scene: i, reply: j };
      const related = replyAt.get(reply.id);
      if (related)
        findings.push({
          place,
          related,
          id: reply.id,
          message: `duplicate id: reply ids must be unique within the scenario, and "${reply.id}" is already used`,
        });
      else replyAt.set(reply.id, place);
    }),
  );
}

function checkTargets(index: ScenarioGraphIndex, findings: Finding[]): void {
  const { graph } = index;
  const known = [...index.sceneIndex.keys(), ...index.endingIndex.keys()];
  if (!index.sceneIndex.has(graph.start)) {
    const isEnding = index.endingIndex.has(graph.start);
    findings.push({
      place: { at: 'start' },
      id: graph.start,
      message: isEnding
        ? `unknown target: start must name a scene, and "${graph.start}" is an ending.`
        : `unknown target: start names "${graph.start}", which is not a scene in this file.${didYouMean(graph.start, index.sceneIndex.keys())}`,
    });
  }
  graph.scenes.forEach((scene, i) => {
    if (scene.replies.length === 0)
      findings.push({
        place: { at: 'scene', scene: i },
        id: scene.id,
        message: 'no way out: this scene has no replies, so the learner would be stuck. Add at least one reply.',
      });
    scene.replies.forEach((reply, j) => {
      if (!index.sceneIndex.has(reply.next) && !index.endingIndex.has(reply.next))
        findings.push({
          place: { at: 'next', scene: i, reply: j },
          id: reply.id,
          message: `unknown target: next is "${reply.next}", which is not a scene or ending in this file.${didYouMean(reply.next, known)}`,
        });
    });
  });
}

function checkReachable(index: ScenarioGraphIndex, start: number, findings: Finding[]): void {
  const reached = index.reach(start);
  const endingsReached = new Set<string>();
  for (const scene of reached.keys()) for (const { data } of index.edges(scene)) endingsReached.add(data.next);
  index.graph.scenes.forEach((scene, i) => {
    if (!reached.has(i) && index.sceneIndex.get(scene.id) === i)
      findings.push({
        place: { at: 'scene', scene: i },
        id: scene.id,
        message: 'unreachable scene: no reply leads here from the start. Point a reply at it, or delete it.',
      });
  });
  index.graph.endings.forEach((ending, i) => {
    if (!endingsReached.has(ending.id) && index.endingIndex.get(ending.id) === i)
      findings.push({
        place: { at: 'ending', ending: i },
        id: ending.id,
        message: 'unreachable ending: no path leads to this ending. Point a reply at it, or delete it.',
      });
  });
}

/** Groups of scenes that lead only into each other: loops with no way out to an ending. */
function trappedLoops(index: ScenarioGraphIndex, start: number): number[][] {
  const ends = index.scenesThatEnd();
  const stuck = new Set([...index.reach(start).keys()].filter((s) => !ends.has(s) && index.edges(s).length > 0));
  const withinStuck = (e: Edge) => stuck.has(index.sceneIndex.get(e.data.next) ?? -1);
  const loops: number[][] = [];
  const seen = new Set<number>();
  for (const scene of stuck) {
    if (seen.has(scene)) continue;
    const loop = [...index.reach(scene, withinStuck).keys()].filter((other) =>
      index.reach(other, withinStuck).has(scene),
    );
    const loopsToItself = index.edges(scene).some((e) => index.sceneIndex.get(e.data.next) === scene);
    if (loop.length === 1 && !loopsToItself) continue;
    loop.forEach((s) => seen.add(s));
    loops.push(loop.sort((x, y) => x - y));
  }
  return loops;
}

function checkEndless(index: ScenarioGraphIndex, start: number, findings: Finding[]): void {
  for (const loop of trappedLoops(index, start)) {
    const ids = loop.map((s) => `"${index.graph.scenes[s]?.id ?? ''}"`);
    const where =
      ids.length === 1
        ? `scene ${ids[0]} only leads back to itself`
        : `scenes ${ids.join(', ')} only lead to each other`;
    findings.push({
      place: { at: 'scene', scene: loop[0] ?? 0 },
      id: index.graph.scenes[loop[0] ?? 0]?.id,
      message: `a path that never ends: ${where}, with no reply out to an ending. Give one reply in the loop a way to an ending.`,
    });
  }
}

function checkBandsPresent(index: ScenarioGraphIndex, findings: Finding[]): void {
  const missing = BANDS.filter((band) => !index.graph.endings.some((e) => e.band === band));
  if (missing.length > 0)
    findings.push({
      place: { at: 'endings' },
      message: `missing band: needs at least one ending of each band; add ${missing.map((b) => `a ${b}`).join(' and ')} ending.`,
    });
}

function checkBandRules(index: ScenarioGraphIndex, start: number, findings: Finding[]): void {
  const { scenes, endings } = index.graph;
  const bandOf = (endingId: string): Band | undefined => endings[index.endingIndex.get(endingId) ?? -1]?.band;
  const wowOnly = index.reach(start, (e) => e.data.band === 'wow');
  for (const [scene, path] of wowOnly)
    for (const { reply, data } of index.edges(scene)) {
      const band = bandOf(data.next);
      if (data.band !== 'wow' || band === undefined || band === 'wow') continue;
      findings.push({
        place: { at: 'reply', scene, reply },
        id: data.id,
        message: `inconsistent bands: a path of only WOW replies (${quote([...path, data.id])}) ends in the ${band} ending "${data.next}". A learner who picks WOW every time must reach a WOW ending.`,
      });
    }
  scenes.forEach((_, scene) =>
    index.edges(scene).forEach(({ reply, data }) => {
      if (data.band !== 'misery') return;
      const direct = bandOf(data.next) === 'wow' ? data.next : undefined;
      const next = index.sceneIndex.get(data.next);
      const later =
        next === undefined
          ? []
          : [...index.reach(next)].flatMap(([s, path]) =>
              index
                .edges(s)
                .filter((e) => bandOf(e.data.next) === 'wow')
                .map((e) => ({ path: [...path, e.data.id], ending: e.data.next })),
            );
      const wow = direct ? { path: [], ending: direct } : later[0];
      if (!wow) return;
      findings.push({
        place: { at: 'reply', scene, reply },
        id: data.id,
        message: `inconsistent bands: this misery reply can still lead to the WOW ending "${wow.ending}"${wow.path.length > 0 ? ` (then ${quote(wow.path)})` : ''}. A path into a WOW ending must contain no misery reply.`,
      });
    }),
  );
}

/**
 * Every graph check on one scenario. Loops are allowed when they are escapable and bounded:
 * every scene must still be able to reach an ending, and the paths that enter no scene twice
 * must number at most MAX_PATHS with at most MAX_DECISIONS decisions each.
 */
export function checkScenarioGraph(graph: ScenarioGraph): { findings: Finding[]; stats: PathStats | null } {
  const index = new ScenarioGraphIndex(graph);
  const findings: Finding[] = [];
  checkIds(index, findings);
  checkTargets(index, findings);
  const start = index.sceneIndex.get(graph.start);
  if (start !== undefined) {
    checkReachable(index, start, findings);
    checkEndless(index, start, findings);
  }
  // Counting paths through a graph with broken links would blame the path length for them.
  const sound = findings.length === 0;
  checkBandsPresent(index, findings);
  if (start === undefined) return { findings, stats: null };
  checkBandRules(index, start, findings);
  const stats = sound ? countPaths(index, start, findings) : null;
  return { findings, stats };
}
