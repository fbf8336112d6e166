import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLrs, lrsRouteHandler, type LaunchMode, type Lrs } from '../../lrs/index';
import type { RouteHandler } from '../../serve/static-server';
import type { Cmi5Au } from './read-cmi5-au';

/** What the preview page asks for when it launches the course in cmi5 mode. */
export interface Cmi5LaunchRequest {
  language: string;
  launchMode: LaunchMode;
  /** The previous registration, to relaunch into it; omitted for a new one. */
  registration?: string;
}

export interface Cmi5Preview {
  /** The LRS at /lrs, the launch endpoint and the statement list; mount before the static folders. */
  readonly handlers: RouteHandler[];
  /** Creates the LRS once the server knows its own origin (the port may be chosen by the system). */
  start(origin: string): void;
}

const LAUNCH_MODES: readonly LaunchMode[] = ['Normal', 'Browse', 'Review'];

/**
 * The preview LMS's cmi5 side: one local LRS for the page's one learner. `au` reads the AU from the
 * built cmi5 zip on every launch, so a rebuild is picked up without restarting.
 */
export function createCmi5Preview(au: () => Cmi5Au | undefined): Cmi5Preview {
  let lrs: Lrs | undefined;
  let lrsHandler: RouteHandler | undefined;
  const handlers: RouteHandler[] = [
    (req, res) => lrsHandler?.(req, res) ?? false,
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (!path.startsWith('/preview-cmi5/')) return false;
      if (!lrs) return send(res, 503, { error: 'The LRS is starting.' });
      if (path === '/preview-cmi5/statements' && req.method === 'GET') {
        return send(res, 200, { statements: lrs.statements(), violations: lrs.violations() });
      }
      if (path === '/preview-cmi5/returned') return returnedPage(res);
      if (path === '/preview-cmi5/launch' && req.method === 'POST') {
        void readJson(req).then((body) => launch(lrs as Lrs, au(), body, res));
        return true;
      }
      return send(res, 404, { error: 'No such preview-cmi5 route.' });
    },
  ];
  return {
    handlers,
    start(origin) {
      lrs = createLrs({ baseUrl: `${origin}/lrs` });
      lrsHandler = lrsRouteHandler(lrs, '/lrs');
    },
  };
}

function launch(lrs: Lrs, au: Cmi5Au | undefined, body: unknown, res: ServerResponse): void {
  if (!au) {
    send(res, 409, { error: 'No cmi5 package in release/: run npm run build, then launch again.' });
    return;
  }
  const request = body as Partial<Cmi5LaunchRequest> | undefined;
  const launchMode = LAUNCH_MODES.find((m) => m === request?.launchMode) ?? 'Normal';
  const registration = typeof request?.registration === 'string' ? request.registration : undefined;
  const language = typeof request?.language === 'string' ? request.language : undefined;
  // The package's AU url is relative to the zip's root; the preview serves each build at /courses/<code>/.
  const launched = lrs.launch({
    auUrl: `/courses/${au.url}`,
    publisherId: au.id,
    moveOn: au.moveOn,
    ...(au.masteryScore === undefined ? {} : { masteryScore: au.masteryScore }),
    launchMode,
    returnURL: '/preview-cmi5/returned',
    ...(registration ? { registration } : {}),
    ...(language ? { languagePreference: language } : {}),
  });
  send(res, 200, launched);
}

/** Where the course goes when the learner exits (the launch's returnURL), inside the preview's frame. */
function returnedPage(res: ServerResponse): true {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Back in the LMS</title>' +
      '<main style="font-family:system-ui;padding:2rem"><h1>The course returned to the LMS</h1>' +
      '<p>The learner left the course through its exit. The statements the LRS recorded are listed beside this frame.</p></main></html>',
  );
  return true;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, value: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
  return true;
}
