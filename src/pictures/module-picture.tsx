import { modulePictures } from 'virtual:module-pictures';
import { useLazySvg } from './use-lazy-svg';
import './pictures.css';

/**
 * A module's decorative picture beside its heading in the outline, drawn at build time from the
 * `picture:` in its module.yaml. Hidden from assistive technology: the heading says it all.
 */
export function ModulePicture({ moduleId }: { readonly moduleId: string }) {
  const load = modulePictures[moduleId];
  const svg = useLazySvg(load);
  if (!load) return null;
  return (
    <div
      className="picture module-picture"
      aria-hidden="true"
      // A picture from this repository, drawn at build time: never learner input.
      dangerouslySetInnerHTML={svg === null ? undefined : { __html: svg }}
    />
  );
}
