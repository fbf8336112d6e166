import { readMapSources, renderScenarioMap, type MapScenario } from '../../maps';
import { localeBuildFor } from '../../i18n/locale-build-for';
import { SOURCE_LOCALE } from '../../i18n/locale-build';
import { placeAfterReply, type MapPlace } from './locate-scene';

/** What the map panel needs to draw itself, in one answer. */
export interface PreviewMapAnswer {
  readonly scenarioId: string;
  readonly title: string;
  readonly place: MapPlace;
  /** The map on its own, full size, with the same scene highlighted. */
  readonly mapHref: string;
  readonly svg: string;
}

export interface PreviewMaps {
  scenario(lang: string, scenarioId: string): MapScenario | undefined;
  svg(lang: string, scenarioId: string, sceneId?: string): Promise<string | undefined>;
  answer(
    lang: string,
    scenarioId: string,
    answered?: { sceneId: string; response: string },
  ): Promise<PreviewMapAnswer | undefined>;
}

export const PREVIEW_MAP_PREFIX = '/preview-map/';

export function mapHref(scenarioId: string, lang: string, sceneId?: string): string {
  const query = new URLSearchParams({ lang, ...(sceneId ? { scene: sceneId } : {}) });
  return `preview-map/${encodeURIComponent(scenarioId)}.svg?${query.toString()}`;
}

/**
 * The role-play maps of the course the preview serves, in each built language, read from the
 * scenario files once per language (as the course was built from them) and drawn on demand.
 * Every drawing is kept: a course has a few dozen scenes per language, and Graphviz takes tens
 * of milliseconds a map, so the learner's second visit to a scene is instant.
 */
export function createPreviewMaps(root: string, languages: readonly string[]): PreviewMaps {
  const byLanguage = new Map<string, Map<string, MapScenario>>();
  const drawn = new Map<string, Promise<string>>();

  const scenarios = (lang: string): Map<string, MapScenario> => {
    let found = byLanguage.get(lang);
    if (!found) {
      const sources = readMapSources(root, undefined, localeBuildFor(root, lang));
      found = new Map(sources.flatMap((s) => (s.scenario ? [[s.scenario.id, s.scenario] as const] : [])));
      byLanguage.set(lang, found);
    }
    return found;
  };

  const scenario = (lang: string, scenarioId: string) =>
    languages.includes(lang) ? scenarios(lang).get(scenarioId) : undefined;

  const svg = (lang: string, scenarioId: string, sceneId?: string) => {
    const found = scenario(lang, scenarioId);
    if (!found) return Promise.resolve(undefined);
    const highlight = sceneId && found.scenes.some((s) => s.id === sceneId) ? sceneId : undefined;
    const key = JSON.stringify([lang, scenarioId, highlight ?? '']);
    let drawing = drawn.get(key);
    if (!drawing) {
      drawing = renderScenarioMap(found, {
        ...(highlight ? { highlightSceneId: highlight } : {}),
        ...(lang === SOURCE_LOCALE ? {} : { lang }),
      });
      drawn.set(key, drawing);
      // A failed drawing is not kept, so the next request tries again.
      drawing.catch(() => drawn.delete(key));
    }
    return drawing;
  };

  return {
    scenario,
    svg,
    async answer(lang, scenarioId, answered) {
      const found = scenario(lang, scenarioId);
      if (!found) return undefined;
      const place = placeAfterReply(found, answered);
      const sceneId = place.kind === 'scene' ? place.sceneId : undefined;
      const drawing = await svg(lang, scenarioId, sceneId);
      if (drawing === undefined) return undefined;
      return {
        scenarioId,
        title: found.title ?? scenarioId,
        place,
        mapHref: mapHref(scenarioId, lang, sceneId),
        svg: drawing,
      };
    },
  };
}
