import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { svgIds } from '../../scripts/maps';
import type { InteractionRow } from '../../scripts/preview/app/cmi-view';
import { statementRow } from '../../scripts/preview/app/cmi5-statement-view';
import { lastCmi5Reply, lastScormReply } from '../../scripts/preview/app/roleplay-reply';
import { placeAfterReply } from '../../scripts/preview/map/locate-scene';
import { previewMapHandler } from '../../scripts/preview/map/preview-map-handler';
import { createPreviewMaps, type PreviewMapAnswer } from '../../scripts/preview/map/preview-maps';
import { startStaticServer, type StaticServer } from '../../scripts/serve/static-server';

const root = resolve(import.meta.dirname, '../..');
const maps = createPreviewMaps(root, ['en-GB', 'es']);
const lateDelivery = maps.scenario('en-GB', 'late-delivery')!;
const ids = svgIds('late-delivery');

/** The SVG ids of the scene boxes drawn as highlighted (Graphviz writes "-" as "&#45;"). */
const highlighted = (svg: string) =>
  [...svg.matchAll(/<g id="([^"]+)" class="node scene highlighted"/g)].map((m) => m[1]?.replace(/&#45;/g, '-'));

describe('where the last reply leads, from what the LMS received', () => {
  it('reads the reply id (cmi5), its SCORM 2004 form and its SCORM 1.2 letter as the same reply', () => {
    const theNews = { kind: 'scene', sceneId: 'the-news', line: 'Oh no. The party’s on Saturday.' };
    for (const response of ['tell-her-now', 'tell_her_now', 'c'])
      expect(placeAfterReply(lateDelivery, { sceneId: 'slot-question', response })).toMatchObject({
        kind: 'scene',
        sceneId: theNews.sceneId,
      });
    expect(placeAfterReply(lateDelivery, { sceneId: 'slot-question', response: 'a' })).toMatchObject({
      sceneId: 'then-what',
    });
  });

  it('names the ending a last reply reaches, and the first scene before any reply', () => {
    expect(placeAfterReply(lateDelivery, { sceneId: 'then-what', response: 'nothing-to-do' })).toMatchObject({
      kind: 'ending',
      endingId: 'a-bare-no',
    });
    expect(placeAfterReply(lateDelivery)).toEqual({
      kind: 'scene',
      sceneId: 'slot-question',
      line: "Hi there, it's Grace Whitlock, order ending 4471. It's the bench for my dad.",
    });
  });

  it('says so when the response names no reply of that scene', () => {
    expect(placeAfterReply(lateDelivery, { sceneId: 'slot-question', response: 'z' })).toMatchObject({
      kind: 'unknown',
    });
  });
});

describe('the map the preview shows', () => {
  it('highlights the scene the reply leads to, and only that one', async () => {
    const answer = await maps.answer('en-GB', 'late-delivery', { sceneId: 'the-news', response: 'own_it_and_ask' });
    expect(answer?.place).toMatchObject({ kind: 'scene', sceneId: 'options' });
    expect(highlighted(answer?.svg ?? '')).toEqual([ids.scene('options')]);
    expect(answer?.mapHref).toBe('preview-map/late-delivery.svg?lang=en-GB&scene=options');
    expect(answer?.title).toBe('The late delivery');
  });

  it('draws an ending reached without a highlight, and the map in the learner’s language', async () => {
    const ended = await maps.answer('en-GB', 'late-delivery', { sceneId: 'then-what', response: 'a' });
    expect(ended?.place.kind).toBe('ending');
    expect(highlighted(ended?.svg ?? '')).toEqual([]);
    const spanish = await maps.answer('es', 'late-delivery');
    expect(spanish?.svg).toContain('lang="es"');
    expect(spanish?.svg).not.toContain('the bench for my dad');
    expect(highlighted(spanish?.svg ?? '')).toEqual([ids.scene('slot-question')]);
  });

  it('knows no role-play or language the course was not built with', async () => {
    expect(await maps.answer('en-GB', 'no-such-play')).toBeUndefined();
    expect(await maps.svg('fr', 'late-delivery')).toBeUndefined();
  });

  it('draws each map once: a second request for the same scene returns the same drawing', async () => {
    const first = await maps.svg('en-GB', 'billing-error');
    const again = await maps.svg('en-GB', 'billing-error');
    expect(again).toBe(first);
  });
});

describe('GET /preview-map/', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({}, { handlers: [previewMapHandler(maps, 'en-GB')] });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers the SVG with the scene highlighted, and JSON with where a reply leads', async () => {
    const svg = await fetch(`${server.url}/preview-map/late-delivery.svg?lang=en-GB&scene=pressed`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(highlighted(await svg.text())).toEqual([ids.scene('pressed')]);
    const json = await fetch(`${server.url}/preview-map/late-delivery.json?lang=en-GB&scene=slot-question&reply=d`);
    const answer = (await json.json()) as PreviewMapAnswer;
    expect(answer.place).toMatchObject({ kind: 'scene', sceneId: 'pressed' });
  });

  it('answers 404 for a role-play or language it does not have', async () => {
    expect((await fetch(`${server.url}/preview-map/late-delivery.svg?lang=fr`)).status).toBe(404);
    expect((await fetch(`${server.url}/preview-map/nothing.json?lang=en-GB`)).status).toBe(404);
    expect((await fetch(`${server.url}/preview-map/../etc/passwd`)).status).toBe(404);
  });
});

describe('the last role-play reply the LMS received', () => {
  const row = (index: number, id: string, response: string): InteractionRow => ({
    index,
    id,
    response,
    type: 'choice',
    correct: '',
    result: 'correct',
    latency: '',
    time: '',
    description: '',
  });

  it('is the last scenario interaction in SCORM, skipping knowledge checks after it', () => {
    const rows = [
      row(0, 'scenario.late-delivery.slot-question', 'tell_her_now'),
      row(1, 'scenario.late-delivery.the-news', 'own_it_and_ask'),
      row(2, 'check.delivery-promise', 'b'),
    ];
    expect(lastScormReply(rows)).toEqual({
      scenarioId: 'late-delivery',
      sceneId: 'the-news',
      response: 'own_it_and_ask',
    });
    expect(lastScormReply(rows.slice(2))).toBeNull();
  });

  it('is the last answered statement of a role-play scene in cmi5', () => {
    const au = 'https://lms.example.com/activities/au/moments-of-truth';
    const answered = (object: string, response: string) =>
      statementRow(
        {
          id: object,
          verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
          object: { id: `${au}/${object}` },
          result: { response },
        },
        au,
      );
    const rows = [answered('roleplay/late-delivery/scene/slot-question', 'hint-at-delay'), answered('check/q1', 'a')];
    expect(lastCmi5Reply(rows)).toEqual({
      scenarioId: 'late-delivery',
      sceneId: 'slot-question',
      response: 'hint-at-delay',
    });
    expect(lastCmi5Reply(rows.slice(1))).toBeNull();
  });
});
