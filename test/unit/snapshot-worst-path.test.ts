import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCatalog } from '../../scripts/content/build-catalog';
import { REFLECTION_MAX_LENGTH } from '../../src/content/reflection';
import type { CourseCatalog } from '../../src/course/catalog';
import type { Band, ProgressFacts, ScenarioAttempt, ScenarioRecord } from '../../src/course/progress-facts';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_BUDGET } from '../../src/persistence/snapshot-codec';
import { keysFor } from '../../src/persistence/snapshot-shape';
import { writeSnapshot } from '../../src/persistence/snapshot-write';

const root = resolve(import.meta.dirname, '../..');
const SCORM_12_SUSPEND_DATA = 4096;
const PLAYS = 40;
const ASCII_REFLECTION = 'Listen first, then repeat it back. '.repeat(20).slice(0, REFLECTION_MAX_LENGTH);
const OTHER_REFLECTION = 'Zuhören – dann “zurückspiegeln” 🙂 '.repeat(20).slice(0, REFLECTION_MAX_LENGTH);

interface ScenarioGraph {
  id: string;
  start: string;
  scenes: Array<{ id: string; replies: Array<{ id: string; band: Band; next: string }> }>;
  endings: Array<{ id: string; band: Band }>;
}

const { catalog: built } = buildCatalog(root);
if (!built) throw new Error('the course content does not build');
const catalog: CourseCatalog = built;
const graphs: ScenarioGraph[] = readdirSync(resolve(root, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(resolve(root, 'scenarios', f), 'utf8')) as ScenarioGraph);

/** A different route on every play, so every reply id the scenario has ends up in the history. */
function play(graph: ScenarioGraph, n: number): ScenarioAttempt {
  const path: ScenarioAttempt['path'][number][] = [];
  let at = graph.start;
  for (let depth = 0; depth < 50; depth += 1) {
    const scene = graph.scenes.find((s) => s.id === at);
    if (!scene) break;
    const reply = scene.replies[(n + depth) % scene.replies.length];
    if (!reply) break;
    path.push({ replyId: reply.id, band: reply.band });
    at = reply.next;
  }
  const ending = graph.endings.find((e) => e.id === at) ?? graph.endings[0];
  if (!ending) throw new Error(`${graph.id} has no ending`);
  return { endingId: ending.id, band: ending.band, path, seconds: 3_599 };
}

function worstPath(reflection: string): ProgressFacts {
  const scenarios = Object.fromEntries(
    catalog.scenarios.map((s): [string, ScenarioRecord] => {
      const graph = graphs.find((g) => g.id === s.id);
      if (!graph) throw new Error(`no scenario file for ${s.id}`);
      const attempts = Array.from({ length: PLAYS }, (_, n) => play(graph, n));
      return [s.id, { attempts, played: PLAYS, best: attempts.some((a) => a.band === 'wow') ? 'wow' : 'mediocrity' }];
    }),
  );
  return {
    visited: catalog.lessons.map((l) => l.id),
    checks: Object.fromEntries(
      catalog.checks.map((c) => [c.id, { answer: c.options.map((o) => o.id), correct: false }]),
    ),
    scenarios,
    reflections: Object.fromEntries(catalog.lessons.flatMap((l) => l.reflectionIds).map((id) => [id, reflection])),
    location: catalog.lessons.at(-1)?.id ?? null,
  };
}

/** Characters the facts take when every one of them is written, before the codec trims anything. */
const untrimmedLength = (facts: ProgressFacts): number => writeSnapshot(catalog, keysFor(catalog), facts).length;

const withoutAttempts = (facts: ProgressFacts): ProgressFacts => ({
  ...facts,
  scenarios: Object.fromEntries(Object.entries(facts.scenarios).map(([id, r]) => [id, { ...r, attempts: [] }])),
});

function restore(facts: ProgressFacts): { text: string; restored: ProgressFacts } {
  const text = encodeSnapshot(catalog, facts);
  const result = decodeSnapshot(catalog, text);
  if (!result.ok) throw new Error(result.problem);
  return { text, restored: result.facts };
}

function expectScoreFactsKept(facts: ProgressFacts, restored: ProgressFacts) {
  expect(restored.visited).toEqual(facts.visited);
  expect(restored.location).toEqual(facts.location);
  expect(restored.checks).toEqual(facts.checks);
  for (const [id, record] of Object.entries(facts.scenarios))
    expect(restored.scenarios[id]).toMatchObject({ played: record.played, best: record.best });
}

describe('saved progress on the worst path through the real course', () => {
  it('covers every lesson, check, reflection and scenario of the course', () => {
    expect(catalog.scenarios.length).toBeGreaterThan(0);
    expect(catalog.scenarios.every((s) => graphs.some((g) => g.id === s.id))).toBe(true);
    expect(catalog.lessons.flatMap((l) => l.reflectionIds).length).toBeGreaterThan(0);
  });

  it('fits what counts towards completion and the score within the budget, whatever else is trimmed', () => {
    const facts = worstPath(ASCII_REFLECTION);
    const scoreFacts = untrimmedLength({ ...withoutAttempts(facts), reflections: {} });
    console.info(
      `worst-path suspend_data before trimming: ${untrimmedLength(facts)} characters with ASCII reflections, ` +
        `${untrimmedLength(worstPath(OTHER_REFLECTION))} with non-ASCII ones; ${scoreFacts} for visits, answers ` +
        `and scenario results alone (budget ${SNAPSHOT_BUDGET}, SCORM 1.2 limit ${SCORM_12_SUSPEND_DATA})`,
    );
    expect(scoreFacts).toBeLessThanOrEqual(SNAPSHOT_BUDGET);
  });

  it('drops older role-play attempts first, keeping every score fact, every whole reflection and the latest attempts', () => {
    const facts = worstPath(ASCII_REFLECTION);
    expect(untrimmedLength(facts), 'the worst path does not fit untrimmed').toBeGreaterThan(SNAPSHOT_BUDGET);
    const { text, restored } = restore(facts);
    expect(text.length).toBeLessThanOrEqual(SNAPSHOT_BUDGET);
    expectScoreFactsKept(facts, restored);
    expect(restored.reflections).toEqual(facts.reflections);
    for (const [id, record] of Object.entries(facts.scenarios)) {
      const kept = restored.scenarios[id]?.attempts ?? [];
      expect(kept.length, id).toBeGreaterThan(0);
      expect(kept, id).toEqual(record.attempts.slice(-kept.length));
    }
  });

  it('cuts reflections predictably when text outside ASCII would not fit, keeping every one and every score fact', () => {
    const facts = worstPath(OTHER_REFLECTION);
    expect(untrimmedLength(withoutAttempts(facts)), 'does not fit without attempts').toBeGreaterThan(SNAPSHOT_BUDGET);
    const { text, restored } = restore(facts);
    expect(text.length).toBeLessThanOrEqual(SNAPSHOT_BUDGET);
    expect(text).toMatch(/^[\x20-\x7e]+$/);
    expectScoreFactsKept(facts, restored);
    expect(Object.keys(restored.reflections)).toEqual(Object.keys(facts.reflections));
    for (const [id, kept] of Object.entries(restored.reflections))
      expect(facts.reflections[id]?.startsWith(kept), id).toBe(true);
    const lengths = new Set(Object.values(restored.reflections).map((t) => Array.from(t).length));
    expect(lengths.size).toBe(1);
  });
});
