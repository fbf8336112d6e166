import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { svgIds } from '../../../maps/scenario-dot';
import type { PreviewMapAnswer } from '../../map/preview-maps';
import type { RoleplayReply } from '../roleplay-reply';
import { PanelCard } from './panel-card';

type Shown =
  { readonly query: string; readonly answer: PreviewMapAnswer } | { readonly query: string; readonly error: string };

/** The server's answer for a reply: where it leads, and the map with that scene highlighted. */
function mapQuery(reply: RoleplayReply, language: string): string {
  const query = new URLSearchParams({ lang: language, scene: reply.sceneId, reply: reply.response });
  return `preview-map/${encodeURIComponent(reply.scenarioId)}.json?${query.toString()}`;
}

async function fetchAnswer(query: string): Promise<PreviewMapAnswer> {
  const response = await fetch(query, { cache: 'no-store' });
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as PreviewMapAnswer;
}

/** Scrolls the map's box, and only the box, so the highlighted scene sits in the middle of it. */
function centreOn(region: HTMLElement, target: Element | null): void {
  if (!target) return;
  const box = region.getBoundingClientRect();
  const node = target.getBoundingClientRect();
  region.scrollLeft += node.left + node.width / 2 - (box.left + box.width / 2);
  region.scrollTop += node.top + node.height / 2 - (box.top + box.height / 2);
}

/**
 * The map of the role-play the learner replied in last, with the scene that reply leads to
 * highlighted, drawn by the preview server from the scenario files in the learner's language.
 */
export function RoleplayMapCard({
  reply,
  language,
  silent,
}: {
  reply: RoleplayReply | null;
  language: string;
  /** Why no reply can reach the LMS at all (the "interactions not supported" preset). */
  silent?: string;
}) {
  const query = reply ? mapQuery(reply, language) : null;
  const [shown, setShown] = useState<Shown | null>(null);
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!query) return;
    let current = true;
    fetchAnswer(query).then(
      (answer) => current && setShown({ query, answer }),
      (error: unknown) => current && setShown({ query, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [query]);

  const answer = query && shown && 'answer' in shown ? shown.answer : null;
  const place = answer?.place;
  const highlightId = answer && place?.kind === 'scene' ? svgIds(answer.scenarioId).scene(place.sceneId) : null;
  useLayoutEffect(() => {
    if (region.current && highlightId) centreOn(region.current, region.current.querySelector(`[id="${highlightId}"]`));
  }, [answer, highlightId]);

  if (!query)
    return (
      <PanelCard title="Role-play map">
        <p className="empty">
          {silent ??
            'No role-play reply yet. The course tells the LMS nothing when a role-play starts, only each reply of its first run, so the map shows from the first reply on.'}
        </p>
      </PanelCard>
    );
  if (shown && 'error' in shown && shown.query === query)
    return (
      <PanelCard title="Role-play map">
        <p className="verdict verdict--bad">The preview server could not draw this map: {shown.error}</p>
      </PanelCard>
    );
  return (
    <PanelCard title="Role-play map">
      {!answer ? (
        <p className="empty">Drawing the map…</p>
      ) : (
        <>
          <p className="map-title">{answer.title}</p>
          <p className="map-place">
            {place?.kind === 'scene' && (
              <>
                Scene: <span className="mono">{place.sceneId}</span>
                {place.line && ` — ${place.line}`}
              </>
            )}
            {place?.kind === 'ending' && (
              <>
                Ending reached: <span className="mono">{place.endingId}</span>
                {place.title && ` — ${place.title}`}
              </>
            )}
            {place?.kind === 'unknown' && `Where this reply leads is unknown: ${place.why}.`}
          </p>
          {place?.kind === 'ending' && (
            <p className="sub">
              The course journals only a role-play’s first run: a replay does not reach the LMS, so this map stays at
              the ending.
            </p>
          )}
          <div
            ref={region}
            className="map-region"
            role="region"
            aria-label={`Map of ${answer.title}, scrollable`}
            tabIndex={0}
            // The SVG comes from this preview's own server, drawn by Graphviz from the scenario files.
            dangerouslySetInnerHTML={{ __html: answer.svg }}
          />
          <p className="map-links">
            <a href={answer.mapHref} target="_blank" rel="noopener">
              Open the map full size<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        </>
      )}
    </PanelCard>
  );
}
