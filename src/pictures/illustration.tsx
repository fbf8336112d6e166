import { lazy, Suspense } from 'react';
import './illustration.css';
import './pictures.css';

// Each diagram is a chunk of its own, fetched only when a lesson shows it. Drawn inline (not as an
// <img>) so its colours follow the brand variables and its text follows the course's typeface.
const SOURCES = import.meta.glob<string>('../../art/diagrams/*.svg', { query: '?raw', import: 'default' });

/** One lazy component per diagram file, made once; `lazy` fetches nothing until it is rendered. */
const DIAGRAMS = Object.fromEntries(
  Object.entries(SOURCES).map(([path, load]) => [
    path.replace(/^.*\/(.+)\.svg$/, '$1'),
    lazy(async () => {
      const svg = await load();
      // The SVG is a file from this repository, bundled at build time: never learner input.
      return { default: () => <span className="illustration__art" dangerouslySetInnerHTML={{ __html: svg }} /> };
    }),
  ]),
);

/**
 * An idea drawn as a diagram (art/diagrams/<name>.svg). It carries information, so `alt` says in
 * words everything the picture shows, including the labels drawn in it.
 */
export function Illustration({ name, alt }: { readonly name: string; readonly alt: string }) {
  const Diagram = DIAGRAMS[name];
  return (
    <span className="illustration picture" role="img" aria-label={alt}>
      <Suspense fallback={null}>{Diagram ? <Diagram /> : null}</Suspense>
    </span>
  );
}
