/**
 * Delimited text as RFC 4180 has it (quoted fields, doubled quotes, line breaks inside quotes),
 * with the line each row starts on, so a reader can name the line of a malformed row.
 */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/** Splits `text` into rows of fields; a byte-order mark and a trailing line break are ignored. */
export function parseDelimited(text: string, delimiter: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (i < source.length) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else field += c;
    i += 1;
  }
  if (quoted) throw new Error(`${file}:${rowLine}: a quoted field is never closed`);
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

/** The delimiter of a header line: a tab (Moodle's "CSV" download), a semicolon or a comma. */
export function guessDelimiter(headerLine: string): string {
  if (headerLine.includes('\t')) return '\t';
  const commas = headerLine.split(',').length;
  const semicolons = headerLine.split(';').length;
  return semicolons > commas ? ';' : ',';
}

/** One field, quoted only when it must be (RFC 4180). */
export function csvField(value: string, delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** Rows as delimited text with CRLF line ends, as RFC 4180 writes them. */
export function writeDelimited(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((row) => row.map((f) => csvField(f, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
