import type { Lrs } from './types';

/** Browsers refuse a keepalive request whose body exceeds 64 KiB; so does this fetch. */
const KEEPALIVE_BODY_LIMIT = 64 * 1024;

/**
 * A `fetch` for jsdom unit tests: requests under the LRS's baseUrl go to lrs.handle, as a browser's
 * would go over the network; anything else goes to `fallback` (by default a network error).
 */
export function lrsFetch(lrs: Lrs, fallback?: typeof fetch): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const href = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    const url = new URL(href, globalThis.location?.href ?? lrs.baseUrl);
    if (url.href !== lrs.baseUrl && !url.href.startsWith(lrs.baseUrl + '/')) {
      if (fallback) return fallback(input, init);
      throw new TypeError(`lrsFetch: no network for ${url.href}`);
    }
    const signal = init?.signal ?? request?.signal;
    if (signal?.aborted) throw new DOMException('The request was aborted.', 'AbortError');
    const headers: Record<string, string> = {};
    new Headers(init?.headers ?? request?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const body =
      init?.body !== undefined && init.body !== null
        ? await bodyText(init.body)
        : request
          ? await request.clone().text()
          : null;
    if (
      (init?.keepalive ?? request?.keepalive) &&
      body !== null &&
      new TextEncoder().encode(body).length > KEEPALIVE_BODY_LIMIT
    ) {
      throw new TypeError('lrsFetch: a keepalive body may not exceed 64 KiB.');
    }
    const method = init?.method ?? request?.method ?? 'GET';
    const answer = lrs.handle({ method, url: url.href, headers, body: body === '' && method === 'GET' ? null : body });
    const nullBody = answer.status === 204 || answer.status === 304;
    return new Response(nullBody ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
}

async function bodyText(body: BodyInit): Promise<string> {
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof ArrayBuffer) return new TextDecoder().decode(body);
  if (ArrayBuffer.isView(body)) return new TextDecoder().decode(body);
  return new Response(body).text();
}
