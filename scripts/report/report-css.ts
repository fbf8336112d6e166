/**
 * The report's only style sheet, inlined. Colours are the course's own (docs/maps band colours and
 * the primary teal), each at least 4.5:1 against its background (test/unit/report-html.test.ts).
 */
export const REPORT_COLOURS = {
  ink: '#1d2426',
  muted: '#4a5554',
  background: '#ffffff',
  panel: '#f4f6f5',
  primary: '#0f5c5a',
  flag: '#8f1d1d',
  flagTint: '#fde4e1',
} as const;

export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: ${REPORT_COLOURS.ink}; background: ${REPORT_COLOURS.background}; }
header, main, nav, footer { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-top: .75rem; border-top: 3px solid ${REPORT_COLOURS.primary}; }
h3 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
a { color: ${REPORT_COLOURS.primary}; }
a:focus-visible, .scroll:focus-visible, summary:focus-visible { outline: 3px solid ${REPORT_COLOURS.primary}; outline-offset: 2px; }
.muted { color: ${REPORT_COLOURS.muted}; }
.figures { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
.figures li { background: ${REPORT_COLOURS.panel}; padding: .4rem .75rem; border-radius: .25rem; }
.figures strong { font-size: 1.2rem; }
.scroll { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; }
table { border-collapse: collapse; min-width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid #c9d1cf; }
thead th { background: ${REPORT_COLOURS.panel}; }
td.num, th.num { text-align: right; white-space: nowrap; }
.chart { width: 100%; max-width: 34rem; height: auto; font: 13px Arial, sans-serif; fill: ${REPORT_COLOURS.ink}; }
.chart .bar { fill: #5b6b69; }
.chart .bar-right { fill: ${REPORT_COLOURS.primary}; }
.map { max-width: none; height: auto; }
/* Maps are wider than the text column: their box spans the window, and scrolls beyond it. */
.map-box { width: calc(100vw - 2rem); max-width: none; margin-left: calc(50% - 50vw + 1rem); border: 1px solid #c9d1cf; }
.flag { border-left: 4px solid ${REPORT_COLOURS.flag}; background: ${REPORT_COLOURS.flagTint}; color: ${REPORT_COLOURS.ink};
  padding: .5rem .75rem; margin: .5rem 0; }
.flag strong { color: ${REPORT_COLOURS.flag}; }
.debrief { background: ${REPORT_COLOURS.panel}; padding: .75rem 1rem .75rem 2rem; border-radius: .25rem; }
.debrief li + li { margin-top: .4rem; }
details { margin: .5rem 0 1rem; }
summary { cursor: pointer; font-weight: 600; }
figure { margin: 1rem 0; }
figcaption { font-size: .9rem; color: ${REPORT_COLOURS.muted}; }
footer { margin-top: 3rem; padding-bottom: 2rem; font-size: .9rem; color: ${REPORT_COLOURS.muted}; }
@media print { .scroll { overflow: visible; } h2 { break-before: page; } }
`;
