/** A problem in an authored file, reported with the place an author needs to look. */
export interface ContentError {
  readonly file: string;
  readonly line: number;
  readonly id?: string;
  readonly message: string;
}

export function formatContentError(error: ContentError): string {
  const where = `${error.file}:${error.line}`;
  return error.id ? `${where} [${error.id}] ${error.message}` : `${where} ${error.message}`;
}

export function formatContentErrors(errors: readonly ContentError[]): string {
  const noun = errors.length === 1 ? 'problem' : 'problems';
  return [`${errors.length} content ${noun}:`, ...errors.map((e) => `  ${formatContentError(e)}`)].join('\n');
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
