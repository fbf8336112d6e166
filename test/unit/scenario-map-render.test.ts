import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE_BUILD } from '../../scripts/i18n/pseudo-locale';
import { scenarioMapText } from '../../scripts/maps/map-text';
import { readMapSources } from '../../scripts/maps/read-maps';
import { renderScenarioMap } from '../../scripts/maps/render-map';
import { svgIds, EDGE_COLUMNS, FONT_SIZE, NODE_COLUMNS } from '../../scripts/maps/scenario-dot';
import { BAND_STYLES } from '../../scripts/maps/band-style';
import type { MapScenario } from '../../scripts/maps/map-scenario';
import { columnsOf } from '../../scripts/maps/wrap-label';

const root = resolve(import.meta.dirname, '../..');

interface Element {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: Element[];
  text: string;
}

/** The SVG as a tree of elements, read by an XML parser, so the test sees what a browser would. */
function parseSvg(svg: string): Element {
  const parser = new SaxesParser({ xmlns: false });
  const top: Element = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: Element[] = [top];
  parser.on('opentag', (tag) => {
    const element: Element = {
      name: tag.name,
      attributes: tag.attributes,
      children: [],
      text: '',
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(svg).close();
  const svgElement = top.children[0];
  if (!svgElement) throw new Error('no root element');
  return svgElement;
}

const all = (element: Element, test: (e: Element) => boolean): Element[] => [
  ...(test(element) ? [element] : []),
  ...element.children.flatMap((child) => all(child, test)),
];
const groups = (svg: Element, kind: 'node' | 'edge') =>
  all(svg, (e) => e.name === 'g' && (e.attributes.class ?? '').split(' ').includes(kind));
const textLines = (group: Element) => all(group, (e) => e.name === 'text').map((t) => t.text);

/** The x extent of a node's outline: the points of its polygons. */
function outline(group: Element): { left: number; right: number } {
  const xs = all(group, (e) => e.name === 'polygon' || e.name === 'path')
    .flatMap((e) => (e.attributes.points ?? e.attributes.d ?? '').match(/-?\d+(\.\d+)?(?=,)/g) ?? [])
    .map(Number);
  return { left: Math.min(...xs), right: Math.max(...xs) };
}

function mapOf(sources: ReturnType<typeof readMapSources>, stem: string): MapScenario {
  const scenario = sources.find((s) => s.stem === stem)?.scenario;
  if (!scenario) throw new Error(`no map source for ${stem}`);
  return scenario;
}

// Graphviz compiles its WebAssembly on first use, which takes a few seconds on a busy machine.
describe('the rendered map of a real role-play', { timeout: 30_000 }, () => {
  const scenario = mapOf(readMapSources(root), 'billing-error');
  const ids = svgIds('billing-error');
  let svg: Element;
  let text: string;
  beforeAll(async () => {
    text = await renderScenarioMap(scenario, { highlightSceneId: 'heard' });
    svg = parseSvg(text);
  });

  it('is a standalone, accessible SVG with a title and a description', () => {
    expect(text.startsWith('<svg')).toBe(true);
    expect(svg.attributes.role).toBe('img');
    const [titleId, descId] = (svg.attributes['aria-labelledby'] ?? '').split(' ');
    const title = svg.children.find((e) => e.name === 'title');
    const desc = svg.children.find((e) => e.name === 'desc');
    expect(title?.attributes.id).toBe(titleId);
    expect(desc?.attributes.id).toBe(descId);
    expect(title?.text).toBe('Map of the role-play “The billing error”');
    expect(desc?.text).toContain('8 scenes, 22 replies and 6 endings');
    expect(desc?.text).toContain('Scene heard is highlighted.');
  });

  it('has one node per scene and ending, and one arrow per reply with its band written on it', () => {
    const nodes = groups(svg, 'node');
    expect(nodes).toHaveLength(scenario.scenes.length + scenario.endings.length);
    const nodeIds = new Set(nodes.map((n) => n.attributes.id));
    for (const scene of scenario.scenes) expect(nodeIds).toContain(ids.scene(scene.id));
    for (const ending of scenario.endings) expect(nodeIds).toContain(ids.ending(ending.id));
    const edges = new Map(groups(svg, 'edge').map((e) => [e.attributes.id, e]));
    const replies = scenario.scenes.flatMap((s) => s.replies.map((reply) => ({ scene: s.id, reply })));
    expect(edges.size).toBe(replies.length);
    for (const { scene, reply } of replies) {
      const edge = edges.get(ids.reply(reply.id));
      expect(edge, reply.id).toBeDefined();
      if (!edge || !reply.band) continue;
      expect(all(edge, (e) => e.name === 'title')[0]?.text).toMatch(
        new RegExp(`^scene:${scene}->(scene|ending):${reply.next}$`),
      );
      expect(textLines(edge)).toContain(BAND_STYLES[reply.band].mark);
      expect(all(edge, (e) => e.name === 'path')[0]?.attributes.stroke).toBe(BAND_STYLES[reply.band].ink);
    }
  });

  it('marks the highlighted scene, and only that one', () => {
    const here = groups(svg, 'node').filter((n) => textLines(n).includes('➤ HERE'));
    expect(here.map((n) => n.attributes.id)).toEqual([ids.scene('heard')]);
    expect(here[0]?.attributes.class).toContain('highlighted');
  });

  it('writes money as learners read it', () => {
    expect(
      textLines(groups(svg, 'node').find((n) => n.attributes.id === ids.scene('outburst')) as Element).join(' '),
    ).toContain('£62');
  });

  it('keeps every label line within its wrap width', () => {
    for (const node of groups(svg, 'node'))
      for (const line of textLines(node)) expect(columnsOf(line), line).toBeLessThanOrEqual(NODE_COLUMNS);
    const marks = Math.max(...Object.values(BAND_STYLES).map((s) => columnsOf(s.mark)));
    for (const edge of groups(svg, 'edge'))
      for (const line of textLines(edge))
        expect(columnsOf(line), line).toBeLessThanOrEqual(Math.max(EDGE_COLUMNS, marks));
  });
});

describe('the rendered map in the pseudo-locale (every word accented and stretched)', { timeout: 30_000 }, () => {
  const english = mapOf(readMapSources(root), 'late-delivery');
  const stretched = mapOf(readMapSources(root, 'scenarios', PSEUDO_LOCALE_BUILD), 'late-delivery');
  let svg: Element;
  let englishSvg: Element;
  beforeAll(async () => {
    svg = parseSvg(await renderScenarioMap(stretched, { lang: 'en-XA' }));
    englishSvg = parseSvg(await renderScenarioMap(english));
  });

  const sceneNodes = (map: Element) => groups(map, 'node').filter((n) => (n.attributes.class ?? '').includes('scene'));

  it('wraps the longer words onto more lines, each within the wrap width', () => {
    const lines = (map: Element) => sceneNodes(map).flatMap(textLines);
    expect(lines(svg).join(' ')).toContain('⟦');
    expect(lines(svg).length).toBeGreaterThan(lines(englishSvg).length);
    for (const line of lines(svg)) expect(columnsOf(line), line).toBeLessThanOrEqual(NODE_COLUMNS);
    expect(svg.attributes.lang).toBe('en-XA');
  });

  it('keeps every scene box the same fixed width, and the text of every box inside it even at a generous letter width', () => {
    const widths = new Set(sceneNodes(svg).map((n) => Math.round(outline(n).right - outline(n).left)));
    expect(widths.size).toBe(1);
    // 0.62 of the font size per column is wider than Arial's letters, accented or not.
    const letter = FONT_SIZE * 0.62;
    for (const node of groups(svg, 'node')) {
      const { left, right } = outline(node);
      for (const t of all(node, (e) => e.name === 'text')) {
        const x = Number(t.attributes.x);
        expect(x).toBeGreaterThanOrEqual(left);
        expect(x + columnsOf(t.text) * letter, t.text).toBeLessThanOrEqual(right);
      }
    }
  });
});

describe('the committed maps', { timeout: 30_000 }, () => {
  it('exist for every scenario, each beside its text alternative', () => {
    for (const source of readMapSources(root)) {
      expect(readFileSync(resolve(root, `docs/maps/${source.stem}.svg`), 'utf8')).toContain(
        `id="map-title-${source.stem}"`,
      );
      expect(readFileSync(resolve(root, `docs/maps/${source.stem}.md`), 'utf8')).toContain(`](${source.stem}.svg)`);
    }
  });

  it('are up to date with the scenarios (run npm run map after changing one)', async () => {
    for (const source of readMapSources(root)) {
      if (!source.scenario) throw new Error(`${source.file} has no map`);
      const svg = await renderScenarioMap(source.scenario);
      expect(
        readFileSync(resolve(root, `docs/maps/${source.stem}.svg`), 'utf8') === svg,
        `docs/maps/${source.stem}.svg is out of date: run npm run map`,
      ).toBe(true);
      expect(readFileSync(resolve(root, `docs/maps/${source.stem}.md`), 'utf8')).toBe(
        scenarioMapText(source.scenario, { svgFile: `${source.stem}.svg` }),
      );
    }
  });
});
