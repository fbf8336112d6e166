/** Text for HTML content or a quoted attribute. */
export const esc = (value: string | number): string =>
  String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "42% (21)": the share rounded to a whole percent, then the count, as the maps write it. */
export function share(count: number, total: number): string {
  return `${total > 0 ? Math.round((count / total) * 100) : 0}% (${count})`;
}

export const percent = (count: number, total: number): number => (total > 0 ? Math.round((count / total) * 100) : 0);

/** An id safe for HTML and fragment links, from any course id. */
export const anchor = (...parts: string[]): string => parts.map((p) => p.replace(/[^A-Za-z0-9_-]/g, '_')).join('--');

/**
 * A table in its own scroll container, so a wide table scrolls sideways on a phone without
 * taking the page with it. The container is focusable and named, so keyboard users can scroll it.
 */
export function scrollTable(caption: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  const th = head.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return (
    `<div class="scroll" role="region" tabindex="0" aria-label="${esc(caption.replace(/<[^>]+>/g, ''))}">` +
    `<table><caption>${caption}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`
  );
}

export interface Bar {
  readonly label: string;
  readonly count: number;
  /** Words after the figure, so the chart never relies on colour: "✓ right". */
  readonly note?: string;
  readonly emphasis?: boolean;
}

/**
 * A horizontal bar chart as inline SVG, scaled to its container. It is a picture of the table
 * printed beside it (same figures), so it is named for what it shows and hidden from nothing.
 */
export function barChart(title: string, bars: readonly Bar[], total: number): string {
  const rowHeight = 28;
  const labelWidth = 90;
  const barSpace = 240;
  const width = labelWidth + barSpace + 150;
  const height = bars.length * rowHeight + 8;
  const rows = bars
    .map((bar, i) => {
      const y = 4 + i * rowHeight;
      const w = total > 0 ? Math.max(1, Math.round((bar.count / total) * barSpace)) : 1;
      const text = `${share(bar.count, total)}${bar.note ? ` ${bar.note}` : ''}`;
      return (
        `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${esc(bar.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 10}" class="${bar.emphasis ? 'bar bar-right' : 'bar'}"/>` +
        `<text x="${labelWidth + w + 6}" y="${y + 18}">${esc(text)}</text>`
      );
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" preserveAspectRatio="xMinYMin meet">${rows}</svg>`;
}
