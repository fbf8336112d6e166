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
  eachDelimitedRow(text, delimiter, file, (row) => void rows.push(row));
  return rows;
}

/**
 * Hands each row to `visit` as soon as it is read, so a reader keeps what it needs of a row and
 * never holds every row of a large export at once.
 */
export function eachDelimitedRow(text: string, delimiter: string, file: string, visit: (row: CsvRow) => void): void {
  const d = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const LF = 10;
  const CR = 13;
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // Field by field, slicing rather than adding characters: exports run to tens of megabytes.
  while (i < end) {
    const rowLine = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        let from = i + 1;
        value = '';
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) throw new Error(`${file}:${rowLine}: a quoted field is never closed`);
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        for (let n = value.indexOf('\n'); n >= 0; n = value.indexOf('\n', n + 1)) line += 1;
        // Anything between the closing quote and the delimiter is kept, as lenient readers do.
        const from2 = i;
        while (i < end) {
          const c = text.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
          i += 1;
        }
        value += text.slice(from2, i);
      } else {
        const from = i;
        while (i < end) {
          const c = text.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
          i += 1;
        }
        value = text.slice(from, i);
      }
      fields.push(value);
      if (i < end && text.charCodeAt(i) === d) {
        i += 1;
        continue;
      }
      break;
    }
    if (text.charCodeAt(i) === CR) i += 1;
    if (text.charCodeAt(i) === LF) i += 1;
    line += 1;
    if (!(fields.length === 1 && fields[0] === '')) visit({ line: rowLine, fields });
  }
}

/** The first line of a text, found without splitting the whole of it. */
export function firstLineOf(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1, 65_536) : text.slice(0, 65_536);
  const cut = body.search(/\r?\n/);
  return cut < 0 ? body : body.slice(0, cut);
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
