import { illustrations } from 'virtual:illustrations';
import { useLazySvg } from './use-lazy-svg';
import './pictures.css';

/**
 * An idea drawn as a diagram (art/diagrams/NAME.svg), for the <Illustration> tag. It carries
 * information, so `alt` says in words what it shows, including every word drawn in it (the content
 * checker makes sure). Drawn inline, not as an <img>, so its colours follow the brand variables and
 * its text the course's typeface; its chunk loads with the lesson, never with the start screen.
 */
export function Illustration({ name, alt }: { readonly name: string; readonly alt: string }) {
  const diagram = illustrations[name];
  const svg = useLazySvg(diagram?.load);
  if (!diagram) return null;
  return (
    <figure className="picture illustration">
      <div
        className="illustration__art"
        role="img"
        aria-label={alt}
        style={{ aspectRatio: `${diagram.width} / ${diagram.height}` }}
        // A drawing from this repository, prepared at build time: never learner input.
        dangerouslySetInnerHTML={svg === null ? undefined : { __html: svg }}
      />
    </figure>
  );
}
