import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../scripts/content/contrast';
import { formatContentError } from '../../scripts/content/content-error';
import { checkScenarioText, readScenarios } from '../../scripts/content/scenario-index';
import { parseScenarioSource } from '../../scripts/content/scenario-yaml';
import { BAND_STYLES, MAP_BACKGROUND, MAP_HIGHLIGHT, MAP_INK, MAP_MUTED } from '../../scripts/maps/band-style';
import { mapScenarioFromData, type MapScenario } from '../../scripts/maps/map-scenario';
import { scenarioMapText } from '../../scripts/maps/map-text';
import {
  ENDING_COLUMNS,
  HERE_MARK,
  svgIds,
  LOOP_MARK,
  loopReplies,
  NODE_COLUMNS,
  scenarioMapDot,
  START_MARK,
} from '../../scripts/maps/scenario-dot';
import { columnsOf, wrapLabel } from '../../scripts/maps/wrap-label';
import { PSEUDO_LOCALE_BUILD, pseudoUnitText } from '../../scripts/i18n/pseudo-locale';
import type { LocaleBuild } from '../../scripts/i18n/locale-build';
import { BANDS } from '../../src/course/progress-facts';
import type { Scenario } from '../../src/scenario/scenario';
import { holdMusic } from './support/hold-music';

const root = resolve(import.meta.dirname, '../..');

function checked(file: string, text = readFileSync(resolve(root, file), 'utf8')): Scenario {
  const result = checkScenarioText(file, text);
  if (!result.scenario) throw new Error(`${file} does not pass its checks`);
  return result.scenario;
}

/** The attribute list DOT gives one node or edge, found by its SVG id. */
function statement(dot: string, svgId: string): string {
  const line = dot.split('\n').find((l) => l.includes(` [id="${svgId}" `));
  if (!line) throw new Error(`no DOT statement with id ${svgId}`);
  return line;
}

const billing = checked('scenarios/billing-error.yaml');
const looping = checked('scenarios/hold-music.yaml', holdMusic());

describe('the DOT of a real role-play', () => {
  const dot = scenarioMapDot(billing);

  it('has a box for every scene with its id and the customer’s first words, and marks the start', () => {
    for (const scene of billing.scenes) {
      const node = statement(dot, svgIds('billing-error').scene(scene.id));
      expect(node).toContain(`<B>${scene.id}</B>`);
      const firstLine = wrapLabel(`“${scene.customer[0] ?? ''}”`, NODE_COLUMNS)[0] ?? '';
      expect(node).toContain(`${firstLine.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}<BR ALIGN="LEFT"/>`);
      expect(node.includes(START_MARK)).toBe(scene.id === billing.start);
    }
  });

  it('draws every reply as an arrow from its scene to where it leads, marked by band in words, sign, line style and colour', () => {
    for (const scene of billing.scenes)
      for (const reply of scene.replies) {
        const edge = statement(dot, svgIds('billing-error').reply(reply.id));
        const target = billing.endings.some((e) => e.id === reply.next) ? 'ending' : 'scene';
        expect(edge).toContain(`"scene:${scene.id}" -> "${target}:${reply.next}"`);
        const style = BAND_STYLES[reply.band];
        expect(edge).toContain(`<B>${style.mark}</B>`);
        expect(edge).toContain(`style="${style.line}"`);
        expect(edge).toContain(`color="${style.ink}"`);
        expect(edge).toContain(`class="reply band-${reply.band}"`);
      }
  });

  it('gives every ending its band’s shape, sign and word, and no two bands share a shape or a line style', () => {
    for (const ending of billing.endings) {
      const node = statement(dot, svgIds('billing-error').ending(ending.id));
      expect(node).toContain(`shape="${BAND_STYLES[ending.band].endingShape}"`);
      expect(node).toContain(`${BAND_STYLES[ending.band].mark} ending`);
      for (const line of wrapLabel(ending.title, ENDING_COLUMNS)) expect(node).toContain(`<B>${line}</B>`);
    }
    expect(new Set(BANDS.map((b) => BAND_STYLES[b].endingShape)).size).toBe(3);
    expect(new Set(BANDS.map((b) => BAND_STYLES[b].line)).size).toBe(3);
    expect(new Set(BANDS.map((b) => BAND_STYLES[b].mark)).size).toBe(3);
  });

  it('has no loop in a role-play without one', () => {
    expect(loopReplies(billing).size).toBe(0);
    expect(dot).not.toContain(LOOP_MARK);
  });
});

describe('loops', () => {
  it('marks the reply that goes back to an earlier scene, as a double line left out of the ranking', () => {
    expect([...loopReplies(looping)]).toEqual(['say-again']);
    const dot = scenarioMapDot(looping);
    const loop = statement(dot, svgIds('hold-music').reply('say-again'));
    expect(loop).toContain(LOOP_MARK);
    expect(loop).toContain('constraint="false"');
    const ink = BAND_STYLES.mediocrity.ink;
    expect(loop).toContain(`color="${ink}:invis:${ink}"`);
    expect(loop).toContain('class="reply band-mediocrity loop"');
    expect(statement(dot, svgIds('hold-music').reply('mumble'))).not.toContain('constraint');
  });

  it('counts a reply back to its own scene as a loop', () => {
    const selfLoop: MapScenario = {
      id: 'again',
      start: 'ask',
      scenes: [
        {
          id: 'ask',
          replies: [
            { id: 'repeat', band: 'misery', next: 'ask' },
            { id: 'go', band: 'wow', next: 'end' },
          ],
        },
      ],
      endings: [{ id: 'end', band: 'wow' }],
    };
    expect([...loopReplies(selfLoop)]).toEqual(['repeat']);
  });
});

describe('highlight and counts', () => {
  it('draws only the highlighted scene with a thick outline and a "here" marker', () => {
    const dot = scenarioMapDot(billing, { highlightSceneId: 'heard' });
    const here = statement(dot, svgIds('billing-error').scene('heard'));
    expect(here).toContain(HERE_MARK);
    expect(here).toContain('penwidth=4');
    expect(here).toContain(`color="${MAP_HIGHLIGHT}"`);
    expect(dot.split(HERE_MARK)).toHaveLength(2);
    expect(statement(dot, svgIds('billing-error').scene('outburst'))).not.toContain('penwidth=4');
  });

  it('labels each reply with the share of its scene’s learners, and each ending with the share of all', () => {
    const dot = scenarioMapDot(looping, {
      choiceCounts: { question: { mumble: 21, answer: 29 } },
      endingCounts: { glad: 3, fine: 1 },
    });
    expect(statement(dot, svgIds('hold-music').reply('mumble'))).toContain('<B>42% (21)</B>');
    expect(statement(dot, svgIds('hold-music').reply('answer'))).toContain('<B>58% (29)</B>');
    expect(statement(dot, svgIds('hold-music').reply('sigh'))).toContain('<B>0% (0)</B>');
    expect(statement(dot, svgIds('hold-music').ending('glad'))).toContain('75% (3) ended here');
    expect(statement(dot, svgIds('hold-music').ending('cross'))).toContain('0% (0) ended here');
    expect(statement(dot, svgIds('hold-music').scene('question'))).toContain('50 learners replied here');
  });
});

describe('label wrapping', () => {
  it('wraps at spaces to the column width, and breaks a long id after a hyphen', () => {
    expect(wrapLabel('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapLabel('a-very-long-identifier-for-a-reply', 12)).toEqual(['a-very-long-', 'identifier-', 'for-a-reply']);
  });

  it('counts wide characters as two columns, so Japanese wraps sooner', () => {
    expect(columnsOf('予約')).toBe(4);
    for (const line of wrapLabel('お客様の予約は明日の午後三時に変更されましたので、ご確認ください。', 10))
      expect(columnsOf(line)).toBeLessThanOrEqual(10);
  });

  it('keeps a pseudo-translated line (a quarter or more longer) within the width, in more lines than the English', () => {
    const english = billing.scenes[0]?.customer[0] ?? '';
    const stretched = pseudoUnitText('scenario/billing-error/scenes/outburst/customer/0', english);
    expect(columnsOf(stretched)).toBeGreaterThan(columnsOf(english) * 1.2);
    const lines = wrapLabel(stretched, NODE_COLUMNS);
    for (const line of lines) expect(columnsOf(line)).toBeLessThanOrEqual(NODE_COLUMNS);
    expect(lines.length).toBeGreaterThan(wrapLabel(english, NODE_COLUMNS).length);
  });

  it('ends a cut-short label with an ellipsis, still within the width', () => {
    const lines = wrapLabel('word '.repeat(40), 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(columnsOf(lines[1] ?? '')).toBeLessThanOrEqual(12);
  });
});

describe('colours', () => {
  const css = readFileSync(resolve(root, 'src/scenario/scenario.css'), 'utf8');
  const light = css.slice(0, css.indexOf('@media'));

  it.each(BANDS)('the %s colours are the player’s, readable on the map and on the ending’s tint', (band) => {
    const style = BAND_STYLES[band];
    expect(light).toContain(`--scn-${band}-text: ${style.ink};`);
    expect(light).toContain(`--scn-${band}-bg: ${style.tint};`);
    // Arrows and outlines need 3:1 against the background (WCAG 1.4.11); their labels, 4.5:1.
    expect(contrastRatio(style.ink, MAP_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(style.ink, style.tint)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws scenes and the highlight in colours of at least 3:1 against the background', () => {
    for (const colour of [MAP_INK, MAP_MUTED, MAP_HIGHLIGHT])
      expect(contrastRatio(colour, MAP_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });
});

describe('a file that fails its checks', () => {
  const text = readFileSync(resolve(root, 'test/fixtures/scenarios-broken/broken-links.yaml'), 'utf8');
  const parsed = parseScenarioSource('broken-links.yaml', text);
  const scenario = 'errors' in parsed ? null : mapScenarioFromData(parsed.data, 'broken-links');

  it('still has a map, with a "not found" box where a reply points at nothing', () => {
    expect(scenario?.scenes.map((s) => s.id)).toContain('confirming');
    const dot = scenarioMapDot(scenario as MapScenario);
    expect(statement(dot, svgIds('broken-links').missing('booked-welll'))).toContain('? not found');
    expect(dot).toContain('-> "missing:booked-welll"');
  });
});

describe('check:content names the scene and points at its map', () => {
  const text = readFileSync(resolve(root, 'test/fixtures/scenarios-broken/broken-links.yaml'), 'utf8');
  const parsed = parseScenarioSource('broken-links.yaml', text);
  const scenario = 'errors' in parsed ? null : mapScenarioFromData(parsed.data, 'broken-links');
  const { errors } = readScenarios(root, 'test/fixtures/scenarios-broken');
  const lineOf = (file: string, line: number, message: RegExp) =>
    errors.filter((e) => e.file.endsWith(file) && e.line === line && message.test(e.message)).map(formatContentError);

  it('names the scene of a problem with a reply, with the command that highlights it', () => {
    expect(lineOf('broken-links.yaml', 44, /^unknown target/)).toEqual([
      expect.stringMatching(
        /\[booked\] unknown target: .* \(in scene "confirming"; see: npm run map -- --highlight broken-links:confirming --scenarios test\/fixtures\/scenarios-broken\)$/,
      ),
    ]);
    expect(lineOf('no-feedback.yaml', 13, /^reply without feedback/)).toEqual([
      expect.stringContaining(
        '(in scene "first"; see: npm run map -- --highlight no-feedback:first --scenarios test/fixtures/scenarios-broken)',
      ),
    ]);
  });

  it('adds only the hint when the problem is the scene itself, and nothing to an ending or the whole file', () => {
    expect(lineOf('broken-links.yaml', 48, /^unreachable scene/)).toEqual([
      expect.stringMatching(
        /\[forgotten\] unreachable scene: .* \(see: npm run map -- --highlight broken-links:forgotten --scenarios test\/fixtures\/scenarios-broken\)$/,
      ),
    ]);
    for (const error of errors.filter((e) => /^(unreachable ending|missing band|too short)/.test(e.message)))
      expect(formatContentError(error)).not.toContain('npm run map');
  });

  it('gives the command for the scenarios folder and the source language no extra options, and names another language', () => {
    const broken = holdMusic().replace('next: pardon }', 'next: pardn }');
    const unknownTarget = (build?: LocaleBuild) =>
      checkScenarioText('scenarios/hold-music.yaml', broken, build)
        .errors.filter((e) => e.message.startsWith('unknown target'))
        .map(formatContentError);
    expect(unknownTarget()).toEqual([
      expect.stringMatching(/\(in scene "question"; see: npm run map -- --highlight hold-music:question\)$/),
    ]);
    expect(unknownTarget(PSEUDO_LOCALE_BUILD)).toEqual([
      expect.stringMatching(
        /\(in scene "question"; see: npm run map -- --highlight hold-music:question --locale en-XA\)$/,
      ),
    ]);
  });

  it('names a scene that exists, so the highlight command finds it', () => {
    for (const error of errors.filter((e) => e.scene && e.file.endsWith('broken-links.yaml')))
      expect(scenarioMapDot(scenario as MapScenario)).toContain(`"scene:${error.scene?.id ?? ''}"`);
  });
});

describe('the text alternative', () => {
  it('lists every scene, and every reply with its band and where it leads', () => {
    const text = scenarioMapText(billing, { svgFile: 'billing-error.svg' });
    expect(text).toContain('![Map of the role-play “The billing error”](billing-error.svg)');
    for (const scene of billing.scenes) {
      expect(text).toMatch(new RegExp(`^### ${scene.id}( \\(start\\))?$`, 'm'));
      for (const reply of scene.replies) {
        const kind = billing.endings.some((e) => e.id === reply.next) ? 'ending' : 'scene';
        expect(text).toContain(`- \`${reply.id}\`, ${BAND_STYLES[reply.band].mark}: “`);
        expect(text).toMatch(new RegExp(`^- \`${reply.id}\`.* → ${kind} \`${reply.next}\`$`, 'm'));
      }
    }
    for (const ending of billing.endings)
      expect(text).toContain(`- \`${ending.id}\`, ${BAND_STYLES[ending.band].mark}: ${ending.title}`);
  });

  it('says which reply loops back and what share chose each', () => {
    const text = scenarioMapText(looping, { choiceCounts: { question: { mumble: 1, answer: 3 } } });
    expect(text).toMatch(/^- `say-again`, ~ Mediocrity.* → scene `question` \(loops back\)$/m);
    expect(text).toContain('- `answer`, ✓ WOW, chosen by 75% (3)');
  });
});
