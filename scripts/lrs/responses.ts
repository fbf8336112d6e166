import type { LrsResponse } from './types';

/** CORS so a course served from another port (or origin) can call the LRS from the browser. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, PUT, POST, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
  'access-control-expose-headers': 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through',
};

/** Headers on every xAPI answer: CORS and the version this LRS speaks. */
export const XAPI_HEADERS: Readonly<Record<string, string>> = { ...CORS_HEADERS, 'x-experience-api-version': '1.0.3' };

export function json(status: number, value: unknown, headers: Record<string, string> = {}): LrsResponse {
  return {
    status,
    headers: { ...XAPI_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

export function text(status: number, message: string, headers: Record<string, string> = {}): LrsResponse {
  return {
    status,
    headers: { ...XAPI_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers },
    body: message,
  };
}

export function empty(status: number, headers: Record<string, string> = {}): LrsResponse {
  return { status, headers: { ...XAPI_HEADERS, ...headers }, body: '' };
}
