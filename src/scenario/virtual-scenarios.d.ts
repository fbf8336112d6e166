declare module 'virtual:scenario-loaders' {
  /** One lazy loader per file in `scenarios/`, keyed by scenario id. Built by `scenariosPlugin`. */
  export const scenarioLoaders: Readonly<Record<string, () => Promise<{ scenario: import('./scenario').Scenario }>>>;
}
