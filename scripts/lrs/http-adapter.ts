import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteHandler } from '../serve/static-server';
import type { Lrs } from './types';

/**
 * Mounts the LRS on the static server at `prefix` (normally the path of its baseUrl, e.g. "/lrs").
 * The handler claims the request synchronously, then reads the body as it arrives.
 */
export function lrsRouteHandler(lrs: Lrs, prefix: string): RouteHandler {
  const root = prefix.replace(/\/$/, '');
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== root && !path.startsWith(root + '/')) return false;
    void answer(lrs, req, res);
    return true;
  };
}

async function answer(lrs: Lrs, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : null;
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  const response = lrs.handle({
    method: req.method ?? 'GET',
    url: new URL(req.url ?? '/', lrs.baseUrl).href,
    headers,
    body,
  });
  res.writeHead(response.status, { 'cache-control': 'no-store', ...response.headers });
  res.end(response.status === 204 ? undefined : response.body);
}
