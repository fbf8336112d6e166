import { BANDS } from '../../src/course/progress-facts';
import { BAND_STYLES } from './band-style';
import { loopReplies } from './scenario-dot';
import type { MapScenario, ScenarioMapOptions } from './map-scenario';

/** The map's accessible name: its title option, or the role-play's title and id. */
export function mapTitle(scenario: MapScenario, options: ScenarioMapOptions = {}): string {
  return options.title ?? `Map of the role-play “${scenario.title ?? scenario.id}”`;
}

/** One paragraph that says what the map shows, for the SVG's <desc> and the text alternative. */
export function mapDescription(scenario: MapScenario, options: ScenarioMapOptions = {}): string {
  const replies = scenario.scenes.reduce((sum, s) => sum + s.replies.length, 0);
  const byBand = BANDS.map((band) => ({ band, n: scenario.endings.filter((e) => e.band === band).length }))
    .filter(({ n }) => n > 0)
    .map(({ band, n }) => `${n} ${BAND_STYLES[band].mark.slice(2)}`)
    .join(', ');
  const loops = loopReplies(scenario).size;
  const parts = [
    `${scenario.scenes.length} scenes, ${replies} replies and ${scenario.endings.length} endings (${byBand}).`,
    `It starts at scene ${scenario.start}.`,
    'Each box is a scene with the customer’s first line; each arrow is a reply, marked ✓ WOW (solid line), ~ Mediocrity (dashed) or ✗ Misery (dotted); endings are shaped by band.',
  ];
  if (loops > 0)
    parts.push(`${loops} ${loops === 1 ? 'reply loops' : 'replies loop'} back to an earlier scene (double lines).`);
  if (options.highlightSceneId) parts.push(`Scene ${options.highlightSceneId} is highlighted.`);
  if (options.choiceCounts || options.endingCounts)
    parts.push(
      'Arrows show the share of learners in each scene who chose the reply; endings, the share who reached them.',
    );
  return parts.join(' ');
}
