import type { ServerResponse } from 'node:http';
import type { RouteHandler } from '../../serve/static-server';
import { PREVIEW_MAP_PREFIX, type PreviewMaps } from './preview-maps';

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * GET /preview-map/<scenario>.svg?lang=<code>&scene=<scene>: the map, the scene highlighted.
 * GET /preview-map/<scenario>.json?lang=<code>&scene=<scene>&reply=<response>: where the reply the
 * learner gave in that scene leads (scene or ending), with the map highlighting it; without scene
 * and reply, the role-play's first scene. The reply is as the LMS received it: the id (cmi5), the
 * id as SCORM 2004 writes it, or the SCORM 1.2 letter.
 */
export function previewMapHandler(maps: PreviewMaps, fallbackLanguage: string): RouteHandler {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PREVIEW_MAP_PREFIX)) return false;
    const match = /^([a-z0-9-]+)\.(svg|json)$/.exec(url.pathname.slice(PREVIEW_MAP_PREFIX.length));
    if (req.method !== 'GET' || !match) {
      send(res, 404, 'text/plain', 'Ask for /preview-map/<scenario>.svg or .json');
      return true;
    }
    const [, scenarioId = '', kind] = match;
    const lang = url.searchParams.get('lang') ?? fallbackLanguage;
    const sceneId = url.searchParams.get('scene') ?? undefined;
    const response = url.searchParams.get('reply') ?? undefined;
    const work: Promise<{ type: string; body: string } | undefined> =
      kind === 'svg'
        ? maps
            .svg(lang, scenarioId, sceneId)
            .then((svg) => (svg === undefined ? undefined : { type: 'image/svg+xml', body: svg }))
        : maps
            .answer(lang, scenarioId, sceneId && response ? { sceneId, response } : undefined)
            .then((answer) => answer && { type: 'application/json', body: JSON.stringify(answer) });
    work
      .then((found) => {
        if (found) send(res, 200, found.type, found.body);
        else send(res, 404, 'text/plain', `No role-play "${scenarioId}" in language "${lang}".`);
      })
      .catch((error: unknown) => send(res, 500, 'text/plain', error instanceof Error ? error.message : String(error)));
    return true;
  };
}
