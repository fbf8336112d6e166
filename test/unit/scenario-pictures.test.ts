import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../../scripts/content/scenario-index';
import { moodsShown, portraitSvg } from '../../scripts/content/scenario-portraits';
import { SCENE_ICONS, scenePictureSvg } from '../../scripts/content/scene-pictures';
import { svgDataUri } from '../../scripts/content/svg-data-uri';
import { scenariosPlugin } from '../../scripts/content/vite-plugin-scenarios';
import { CHANNELS, MOODS, type Scenario } from '../../src/scenario/scenario';

const root = resolve(import.meta.dirname, '../..');
const results = readScenarioFiles(root);
const scenarios = (Array.isArray(results) ? results : []).flatMap((r) => (r.scenario ? [r.scenario] : []));

/** The role-play chunk exactly as the build writes it, read back as data. */
function builtScenario(id: string): Scenario {
  const plugin = scenariosPlugin(root);
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  // The hook is a plain function in this plugin; Vite's type also allows an object form.
  const load = plugin.load as unknown as (this: typeof context, id: string) => string;
  const code = load.call(context, `\0virtual:scenario/${id}`);
  const prefix = 'export const scenario = ';
  expect(code.startsWith(prefix)).toBe(true);
  return JSON.parse(code.slice(prefix.length).trim().replace(/;$/, '')) as Scenario;
}

describe('SVG data URIs', () => {
  it('decode back to the same drawing, with single quotes', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <path fill="#f00" d="M0 0h10v10z"/>\n</svg>';
    const uri = svgDataUri(svg);
    expect(uri).toMatch(/^data:image\/svg\+xml,[^#<>"]*$/);
    expect(decodeURIComponent(uri.slice('data:image/svg+xml,'.length))).toBe(
      "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><path fill='#f00' d='M0 0h10v10z'/></svg>",
    );
  });
});

describe('customer portraits', () => {
  it('draws a different face for every mood of the same customer', () => {
    const faces = MOODS.map((mood) => portraitSvg('Amara Osei', mood));
    expect(new Set(faces).size).toBe(MOODS.length);
  });

  it('draws the same portrait for the same name, and another person for another name', () => {
    expect(portraitSvg('Amara Osei', 'worried')).toBe(portraitSvg('Amara Osei', 'worried'));
    expect(portraitSvg('Amara Osei', 'worried')).not.toBe(portraitSvg('Declan Murray', 'worried'));
  });

  it('is a small, sized SVG without the licence metadata', () => {
    const svg = portraitSvg('Amara Osei', 'pleased');
    expect(svg).toMatch(/^<svg [^>]*width="112" height="112"/);
    expect(svg).not.toContain('<metadata');
    expect(svg.length).toBeLessThan(16_000);
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('the %s role-play chunk', (id, scenario) => {
  const built = builtScenario(id);

  it('carries one portrait for each mood the customer shows, and no others', () => {
    const portraits = built.pictures?.portraits ?? {};
    expect(Object.keys(portraits).sort()).toEqual(moodsShown(scenario).sort());
    const uris = Object.values(portraits);
    expect(new Set(uris).size).toBe(uris.length);
  });

  it('carries the portraits of its own customer, drawn from their name', () => {
    const mood = scenario.customer.mood;
    expect(built.pictures?.portraits[mood]).toBe(svgDataUri(portraitSvg(scenario.customer.name, mood)));
  });

  it('carries the scene picture of its channel', () => {
    expect(built.pictures?.scene).toBe(svgDataUri(scenePictureSvg(scenario.channel)));
  });
});

describe('scene pictures', () => {
  it.each(CHANNELS.map((c) => [c]))('has a scene for the %s channel, built from its icons', (channel) => {
    const svg = scenePictureSvg(channel);
    expect(svg.match(/<g transform=/g)).toHaveLength(SCENE_ICONS[channel].length);
    expect(svg).toMatch(/<path /);
  });

  it('draws a different scene for every channel', () => {
    expect(new Set(CHANNELS.map(scenePictureSvg)).size).toBe(CHANNELS.length);
  });
});
