import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCatalog } from '../../scripts/content/build-catalog';
import { REFLECTION_MAX_LENGTH } from '../../src/content/reflection';
import type { CourseCatalog } from '../../src/course/catalog';
import type { Band, ProgressFacts, ScenarioAttempt, ScenarioRecord } from '../../src/course/progress-facts';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_BUDGET } from '../../src/persistence/snapshot-codec';

const root = resolve(import.meta.dirname, '../..');
const SCORM_12_SUSPEND_DATA = 4096;
const PLAYS = 40;

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

  it(`fits the budget with every reflection typed to the limit, keeping all text and every score fact`, () => {
    const facts = worstPath('Listen first, then repeat it back. '.repeat(20).slice(0, REFLECTION_MAX_LENGTH));
    const text = encodeSnapshot(catalog, facts);
    console.info(
      `worst-path suspend_data: ${text.length} characters (budget ${SNAPSHOT_BUDGET}, SCORM 1.2 limit ${SCORM_12_SUSPEND_DATA})`,
    );
    expect(text.length).toBeLessThanOrEqual(SNAPSHOT_BUDGET);
    expect(text.length).toBeLessThanOrEqual(SCORM_12_SUSPEND_DATA);
    const restored = decodeSnapshot(catalog, text);
    if (!restored.ok) throw new Error(restored.problem);
    expectScoreFactsKept(facts, restored.facts);
    expect(restored.facts.reflections).toEqual(facts.reflections);
  });

  it('trims reflections predictably when text outside ASCII would not fit, and still keeps every score fact', () => {
    const facts = worstPath('Zuhören – dann “zurückspiegeln” 🙂 '.repeat(20).slice(0, REFLECTION_MAX_LENGTH));
    const text = encodeSnapshot(catalog, facts);
    expect(text.length).toBeLessThanOrEqual(SNAPSHOT_BUDGET);
    expect(text).toMatch(/^[\x20-\x7e]+$/);
    const restored = decodeSnapshot(catalog, text);
    if (!restored.ok) throw new Error(restored.problem);
    expectScoreFactsKept(facts, restored.facts);
    const kept = Object.values(restored.facts.reflections);
    expect(kept.length).toBe(Object.keys(facts.reflections).length);
    for (const [id, text] of Object.entries(restored.facts.reflections))
      expect(facts.reflections[id]?.startsWith(text)).toBe(true);
    expect(new Set(kept.map((t) => Array.from(t).length)).size).toBe(1);
  });
});
