import { quote, type Finding, type ScenarioGraphIndex } from './scenario-graph-index';

/** A play-through may take at most this many decisions; longer ones are too long to play or test. */
export const MAX_DECISIONS = 12;
/** A scenario may have at most this many distinct paths, so every one of them can be tested. */
export const MAX_PATHS = 1000;
/** Work limit for walking the paths, so a tangled file reports a problem instead of hanging. */
const MAX_WALK_STEPS = 200_000;
/** Fewest decisions the longest path must have for a scenario to be a real role-play. */
const MIN_DECISIONS = 3;

export interface PathStats {
  readonly paths: number;
  readonly shortest: number;
  readonly longest: number;
}

/** Walks every path that enters no scene twice, from the start to an ending. */
export function countPaths(index: ScenarioGraphIndex, start: number, findings: Finding[]): PathStats | null {
  let paths = 0;
  let shortest = Infinity;
  let longest = 0;
  let steps = 0;
  let longestTrail: readonly string[] = [];
  const onPath = new Set<number>();
  const trail: string[] = [];
  const walk = (scene: number): boolean => {
    if (++steps > MAX_WALK_STEPS || paths > MAX_PATHS) return false;
    onPath.add(scene);
    for (const { data } of index.edges(scene)) {
      trail.push(data.id);
      if (index.endingIndex.has(data.next)) {
        paths++;
        shortest = Math.min(shortest, trail.length);
        if (trail.length > longest) {
          longest = trail.length;
          longestTrail = [...trail];
        }
      } else {
        const next = index.sceneIndex.get(data.next);
        if (next !== undefined && !onPath.has(next) && !walk(next)) return false;
      }
      trail.pop();
    }
    onPath.delete(scene);
    return true;
  };
  if (!walk(start)) {
    findings.push({
      place: { at: 'start' },
      message: `too many paths: more than ${MAX_PATHS} distinct paths, too many to test each one. Merge some branches back together.`,
    });
    return null;
  }
  if (longest > MAX_DECISIONS)
    findings.push({
      place: { at: 'start' },
      message: `path too long: a path takes ${longest} decisions (${quote(longestTrail)}); keep every path to ${MAX_DECISIONS} or fewer.`,
    });
  if (paths === 0) return null;
  if (longest < MIN_DECISIONS)
    findings.push({
      place: { at: 'start' },
      message: `too short: the longest path has ${longest} decision${longest === 1 ? '' : 's'}; a role-play needs at least ${MIN_DECISIONS} on its longest path.`,
    });
  return { paths, shortest, longest };
}
