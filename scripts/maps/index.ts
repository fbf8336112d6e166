/**
 * Scenario maps: what other scripts (the learner-choice report, the preview LMS) call.
 * `scenarioMapDot` is pure; `renderScenarioMap` runs Graphviz (WebAssembly) in plain Node.
 */
export type {
  ChoiceCounts,
  EndingCounts,
  MapEnding,
  MapReply,
  MapScenario,
  MapScene,
  ScenarioMapOptions,
} from './map-scenario';
export { mapScenarioFromData } from './map-scenario';
export { formatShare, loopReplies, scenarioMapDot, svgIds } from './scenario-dot';
export { mapDescription, mapTitle } from './map-summary';
export { scenarioMapText } from './map-text';
export { readMapSources, type MapSource } from './read-maps';
export { loadGraphviz, renderScenarioMap } from './render-map';
