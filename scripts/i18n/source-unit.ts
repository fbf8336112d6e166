/** One piece of the course a translator translates, as the source language has it. */
export interface SourceUnit {
  /** Stable id: the file's element (lesson, scenario, module, message), the element's own id and the field. Never a position. */
  readonly id: string;
  /** The words, as XLIFF inline text (see inline-markup.ts). */
  readonly source: string;
  /** Line of the source file where the words are written. */
  readonly line: number;
  /** A hint for the translator, such as what a placeholder holds. */
  readonly note?: string;
}

/** The units of one source file, named as authors know it, such as scenarios/billing-error.yaml. */
export interface FileUnits {
  readonly file: string;
  readonly units: readonly SourceUnit[];
}
