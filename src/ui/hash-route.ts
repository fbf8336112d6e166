import { useSyncExternalStore } from 'react';

/** Hash routes keep the course working inside any LMS frame and from any folder. */
export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'outline' }
  | { readonly name: 'lesson'; readonly lessonId: string }
  | { readonly name: 'scenario'; readonly scenarioId: string }
  | { readonly name: 'results' }
  | { readonly name: 'not-found'; readonly path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'start' };
  if (path === '/outline') return { name: 'outline' };
  if (path === '/results') return { name: 'results' };
  const match = /^\/(lesson|scenario)\/([a-z0-9-]+)$/.exec(path);
  if (match?.[1] === 'lesson' && match[2]) return { name: 'lesson', lessonId: match[2] };
  if (match?.[1] === 'scenario' && match[2]) return { name: 'scenario', scenarioId: match[2] };
  return { name: 'not-found', path };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'outline':
      return '#/outline';
    case 'results':
      return '#/results';
    case 'lesson':
      return `#/lesson/${route.lessonId}`;
    case 'scenario':
      return `#/scenario/${route.scenarioId}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
