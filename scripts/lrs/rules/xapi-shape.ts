import { createRequire } from 'node:module';

/** One problem xapi-validation found: where in the statement, and what kind of check failed. */
export interface ShapeWarning {
  path: readonly (string | number)[];
  name: string;
  typeName?: string;
}

type Validate = (statement: unknown) => ShapeWarning[];

/**
 * xapi-validation is CommonJS with its function on `exports.default`; loading it with require
 * gives the same function under tsx, Vite and Vitest, where default-import interop differs.
 */
const validate = (createRequire(import.meta.url)('xapi-validation') as { default: Validate }).default;

/** The xAPI 1.0.3 shape problems of one statement, as "statement.result.score.scaled (Scaled)". */
export function xapiShapeProblems(statement: unknown): string[] {
  return validate(statement).map(
    (warning) => `${warning.path.join('.')} (${warning.typeName ?? warning.name.replace(/Warning$/, '')})`,
  );
}
