import type { ScenarioGraph } from './scenario-schema';

type GraphScene = ScenarioGraph['scenes'][number];
type GraphReply = GraphScene['replies'][number];

/** Where in the file a finding belongs, as indexes into `scenes`, `replies` and `endings`. */
export type Place =
  | { readonly at: 'start' }
  | { readonly at: 'endings' }
  | { readonly at: 'scene'; readonly scene: number }
  | { readonly at: 'reply'; readonly scene: number; readonly reply: number }
  | { readonly at: 'next'; readonly scene: number; readonly reply: number }
  | { readonly at: 'ending'; readonly ending: number };

export interface Finding {
  readonly place: Place;
  /** Where the clashing first use was written; its line is appended to the message. */
  readonly related?: Place;
  readonly id?: string;
  readonly message: string;
}

export interface Edge {
  readonly scene: number;
  readonly reply: number;
  readonly data: GraphReply;
}

export function quote(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(' → ');
}

/** The checked graph of one scenario: every id resolved once, so each check is a short walk. */
export class ScenarioGraphIndex {
  readonly sceneIndex = new Map<string, number>();
  readonly endingIndex = new Map<string, number>();
  constructor(readonly graph: ScenarioGraph) {
    graph.scenes.forEach((s, i) => {
      if (!this.sceneIndex.has(s.id) && !graph.endings.some((e) => e.id === s.id)) this.sceneIndex.set(s.id, i);
    });
    graph.endings.forEach((e, i) => {
      if (!this.endingIndex.has(e.id)) this.endingIndex.set(e.id, i);
    });
  }

  edges(scene: number): Edge[] {
    return (this.graph.scenes[scene]?.replies ?? []).map((data, reply) => ({ scene, reply, data }));
  }

  /** Scenes reachable from `from` through replies accepted by `follow`, each with the path that found it. */
  reach(from: number, follow: (edge: Edge) => boolean = () => true): Map<number, readonly string[]> {
    const found = new Map<number, readonly string[]>([[from, []]]);
    const queue = [from];
    for (let scene = queue.shift(); scene !== undefined; scene = queue.shift()) {
      for (const edge of this.edges(scene)) {
        const next = this.sceneIndex.get(edge.data.next);
        if (next === undefined || found.has(next) || !follow(edge)) continue;
        found.set(next, [...(found.get(scene) ?? []), edge.data.id]);
        queue.push(next);
      }
    }
    return found;
  }

  /** Scenes from which at least one ending can be reached. */
  scenesThatEnd(): Set<number> {
    const ends = new Set<number>();
    let grew = true;
    while (grew) {
      grew = false;
      this.graph.scenes.forEach((_, i) => {
        if (ends.has(i)) return;
        const exits = this.edges(i).some(({ data }) => {
          const next = this.sceneIndex.get(data.next);
          return this.endingIndex.has(data.next) || (next !== undefined && ends.has(next));
        });
        if (exits) {
          ends.add(i);
          grew = true;
        }
      });
    }
    return ends;
  }
}
