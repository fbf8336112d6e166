import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { MapScenario, ScenarioMapOptions } from './map-scenario';
import { mapDescription, mapTitle } from './map-summary';
import { scenarioMapDot } from './scenario-dot';

let graphviz: Promise<Graphviz> | undefined;

/** Graphviz compiled to WebAssembly, loaded once per process (about 150 ms), then reused. */
export function loadGraphviz(): Promise<Graphviz> {
  graphviz ??= Graphviz.load();
  return graphviz;
}

const xml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Graphviz's SVG made ready to stand alone or be inlined in a page: no XML prolog, doctype or
 * comments, and an accessible name and description (<title>, <desc>, role="img") for the whole map.
 */
export function accessibleSvg(svg: string, id: string, title: string, description: string, lang?: string): string {
  const body = svg.replace(/^[\s\S]*?(?=<svg\b)/, '').replace(/<!--[\s\S]*?-->\n?/g, '');
  const titleId = `map-title-${id}`;
  const descId = `map-desc-${id}`;
  return body.replace(
    /<svg\b([^>]*)>/,
    (_, attrs: string) =>
      `<svg${attrs} role="img" aria-labelledby="${titleId} ${descId}"${lang ? ` lang="${xml(lang)}"` : ''}>\n` +
      `<title id="${titleId}">${xml(title)}</title>\n<desc id="${descId}">${xml(description)}</desc>`,
  );
}

/** The role-play's map as an SVG document (a string), drawn in plain Node. */
export async function renderScenarioMap(scenario: MapScenario, options: ScenarioMapOptions = {}): Promise<string> {
  const gv = await loadGraphviz();
  const svg = gv.dot(scenarioMapDot(scenario, options));
  return accessibleSvg(svg, scenario.id, mapTitle(scenario, options), mapDescription(scenario, options), options.lang);
}
