import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RouteHandler } from '../serve/static-server';

const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves text files under a URL prefix gzip-compressed (level 6, the common server default), as a
 * typical LMS or CDN does; anything else falls through to the plain static server.
 */
export function gzipHandler(prefix: string, dir: string): RouteHandler {
  const base = resolve(dir);
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(prefix) || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return false;
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) return false;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const type = COMPRESSIBLE[extname(file)];
    if (!type || !existsSync(file)) return false;
    const body = gzipSync(readFileSync(file), { level: 6 });
    res.writeHead(200, {
      'content-type': type,
      'content-encoding': 'gzip',
      vary: 'accept-encoding',
      'cache-control': 'no-store',
    });
    res.end(body);
    return true;
  };
}
