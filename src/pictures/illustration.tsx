import { lazy, Suspense, type JSX, type LazyExoticComponent } from 'react';
import './illustration.css';

// Each diagram is a chunk of its own, fetched only when a lesson shows it. Drawn inline (not as an
// <img>) so its colours follow the brand variables and its text follows the course's typeface.
const DIAGRAMS = import.meta.glob<string>('../../art/diagrams/*.svg', { query: '?raw', import: 'default' });

const loaded = new Map<string, LazyExoticComponent<() => JSX.Element>>();

function diagramFor(name: string) {
  let Diagram = loaded.get(name);
  if (!Diagram) {
    const load = DIAGRAMS[`../../art/diagrams/${name}.svg`];
    Diagram = lazy(async () => {
      const svg = load ? await load() : '';
      // The SVG is a file from this repository, written at build time: never learner input.
      return { default: () => <span className="illustration__art" dangerouslySetInnerHTML={{ __html: svg }} /> };
    });
    loaded.set(name, Diagram);
  }
  return Diagram;
}

/**
 * An idea drawn as a diagram (art/diagrams/<name>.svg). It carries information, so `alt` says in
 * words everything the picture shows, including the labels drawn in it.
 */
export function Illustration({ name, alt }: { readonly name: string; readonly alt: string }) {
  const Diagram = diagramFor(name);
  return (
    <span className="illustration" role="img" aria-label={alt}>
      <Suspense fallback={null}>
        <Diagram />
      </Suspense>
    </span>
  );
}
