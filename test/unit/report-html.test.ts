import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../scripts/content/contrast';
import { BAND_STYLES } from '../../scripts/maps/band-style';
import { loadReportCourse } from '../../scripts/report/course-model';
import { readExportText } from '../../scripts/report/read-export';
import { renderReport } from '../../scripts/report/render-report';
import { REPORT_COLOURS } from '../../scripts/report/report-css';
import { tallyAnswers } from '../../scripts/report/tally';

const course = loadReportCourse(process.cwd());
const file = 'moodle-interactions.txt';
const read = readExportText(readFileSync(`test/fixtures/report/${file}`, 'utf8'), file);
const tally = tallyAnswers(course, read.answers);
const html = await renderReport(course, tally, {
  sources: [{ file, format: read.format, answers: read.answers.length, skipped: read.skipped }],
  now: Date.UTC(2026, 0, 20, 8, 0),
});
const page = new DOMParser().parseFromString(html, 'text/html');
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A table's body rows, each as its cells' words joined by " | ". */
const rows = (table: Element | null | undefined) =>
  [...(table?.querySelectorAll('tbody tr') ?? [])].map((r) => [...r.children].map(text).join(' | '));

describe('the report page', () => {
  it('stands alone: inline style and pictures, no scripts, nothing fetched', () => {
    expect(page.querySelectorAll('script, link, iframe, img, object, embed')).toHaveLength(0);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/url\(/);
    expect(page.querySelectorAll('style')).toHaveLength(1);
  });

  it('says its language, and its headings go down one level at a time', () => {
    expect(page.documentElement.lang).toBe(course.lang);
    const levels = [...page.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1));
  });

  it('shows the map of a role-play with its shares, a text alternative and the same figures in tables', () => {
    const section = page.getElementById('roleplay--late-delivery');
    const map = section?.querySelector('svg.map');
    expect(map?.getAttribute('role')).toBe('img');
    expect(text(map?.querySelector('desc'))).toMatch(/share of learners/);
    // Two learners reached "Left hanging": the map's ending and the endings table agree.
    expect(text(map?.querySelector('[id="late-delivery--ending--left-hanging"]'))).toContain('100% (2)');
    const endings = [...(section?.querySelectorAll('table') ?? [])].find((t) =>
      text(t.querySelector('caption')).startsWith('Endings'),
    );
    const row = [...(endings?.querySelectorAll('tr') ?? [])].find(
      (r) => text(r.querySelector('th')) === 'left-hanging',
    );
    expect(text(row?.lastElementChild)).toBe('100% (2)');
    const replies = [...(section?.querySelectorAll('table') ?? [])].find((t) =>
      text(t.querySelector('caption')).startsWith('Replies'),
    );
    expect(text(replies)).toContain("“I'm glad you called, Grace.");
    expect(rows(replies)).toContainEqual(expect.stringMatching(/\(tell-her-now\) \| ✓ WOW \| 50% \(1\) \| the-news$/));
  });

  it('puts a table beside every chart, and every table scrolls in its own named container', () => {
    for (const chart of page.querySelectorAll('svg.chart, svg.map')) {
      const section = chart.closest('section');
      expect(section?.querySelector('table'), text(section?.querySelector('h3'))).not.toBeNull();
      expect(chart.getAttribute('role')).toBe('img');
    }
    for (const table of page.querySelectorAll('table')) {
      const box = table.parentElement;
      expect(box?.className).toBe('scroll');
      expect(box?.getAttribute('tabindex')).toBe('0');
      expect(box?.getAttribute('aria-label')).toBeTruthy();
    }
  });

  it('gives the first-try share of a check and the options learners chose', () => {
    const section = page.getElementById('check--clearest-repair-promise');
    expect(text(section)).toContain('50% right at first try (1 of 2 learners)');
    expect(rows(section?.querySelector('table'))).toContainEqual(
      expect.stringMatching(/^d \| .* \| ✓ right \| 50% \(1\)$/),
    );
    expect(rows(section?.querySelector('table'))).toContainEqual(
      expect.stringMatching(/^a \| .* \| wrong \| 0% \(0\)$/),
    );
  });

  it('plans a debrief per module from the same figures', () => {
    const plan = page.querySelector('#module--meeting-expectations ol.debrief');
    expect(text(plan)).toContain('“The late delivery”: 0% reached a WOW ending, 0% a Misery ending.');
    expect(text(plan)).toMatch(/Go over “.*”: 50% right at first try/);
  });

  it('keeps its colours at WCAG AA contrast', () => {
    const bg = REPORT_COLOURS.background;
    for (const ink of [REPORT_COLOURS.ink, REPORT_COLOURS.muted, REPORT_COLOURS.primary, REPORT_COLOURS.flag])
      expect(contrastRatio(ink, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(REPORT_COLOURS.ink, REPORT_COLOURS.panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(REPORT_COLOURS.muted, REPORT_COLOURS.panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(REPORT_COLOURS.flag, REPORT_COLOURS.flagTint)).toBeGreaterThanOrEqual(4.5);
    for (const style of Object.values(BAND_STYLES)) expect(contrastRatio(style.ink, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('passes axe’s checks that run without a browser', async () => {
    document.documentElement.innerHTML = page.documentElement.innerHTML;
    document.documentElement.lang = page.documentElement.lang;
    const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  }, 60_000);
});
