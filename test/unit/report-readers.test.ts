import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { whereOf } from '../../scripts/report/answers';
import { parseDelimited } from '../../scripts/report/csv';
import { readExportText } from '../../scripts/report/read-export';

const fixture = (name: string) => readFileSync(`test/fixtures/report/${name}`, 'utf8');

describe("Moodle's SCORM Interactions report download", () => {
  const read = readExportText(fixture('moodle-interactions.txt'), 'moodle.txt');

  it('is recognised by its columns and gives one answer per interaction of each attempt', () => {
    expect(read.format).toBe('moodle');
    // Grace: 4 of the course's + 1 other in attempt 1, 3 in attempt 2; Amir: 3; Sam never attempted.
    expect(read.answers).toHaveLength(10);
    expect(read.skipped).toBe(1);
  });

  it('undoes Moodle’s HTML escaping and keys the learner by name and identity fields', () => {
    const learners = [...new Set(read.answers.map((a) => a.learner))];
    expect(learners).toEqual(["Grace O'Brien | grace@example.org", 'Amir Khan | amir@example.org']);
  });

  it('keeps the SCORM 1.2 response letters, the result and the attempt, and names the line', () => {
    const first = read.answers[1];
    expect(first?.question).toEqual({ kind: 'scene', scenarioId: 'late-delivery', sceneId: 'slot-question' });
    expect(first?.response).toEqual(['c']);
    expect(first?.result).toBe('correct');
    expect(first?.attempt).toBe(1);
    expect(whereOf(first!)).toBe('moodle.txt:2');
    expect(read.answers.filter((a) => a.attempt === 2)).toHaveLength(3);
  });

  it('says which report options to tick when the question columns are missing', () => {
    const text = 'Name\tAttempt\tResponse 0\nAna\t1\ta\n';
    expect(() => readExportText(text, 'bare.txt')).toThrow(
      /^bare\.txt:1: no "Question n" columns.*Summary of question/,
    );
  });

  it('names the line of a row with the wrong number of columns', () => {
    const text = 'Name\tAttempt\tQuestion 0\tResponse 0\nAna\t1\tcheck.x\ta\nBen\t1\tcheck.x\n';
    expect(() => readExportText(text, 'short.txt')).toThrow(/^short\.txt:3: 3 columns, but the header has 4/);
  });
});

describe('the generic CSV', () => {
  const read = readExportText(fixture('interactions.csv'), 'interactions.csv');

  it('reads quoted fields with commas, doubled quotes and line breaks (RFC 4180)', () => {
    expect(read.format).toBe('generic-csv');
    expect(read.answers.map((a) => a.learner)).toContain('Lee "Sparky" Chan');
    expect(read.answers[0]?.response).toEqual(['b', 'd']);
    // The note spans lines 7 and 8, so the row after it starts on line 9.
    expect(whereOf(read.answers.at(-1)!)).toBe('interactions.csv:9');
    expect(read.skipped).toBe(1);
  });

  it('names the file and line of a malformed row', () => {
    const header = 'learner,interaction,response,result\n';
    expect(() => readExportText(`${header}a,check.x,b,correct\nb,check.x\n`, 'bad.csv')).toThrow(
      /^bad\.csv:3: 2 fields, but the header has 4/,
    );
    expect(() => readExportText(`${header},check.x,b,correct\n`, 'bad.csv')).toThrow(
      /^bad\.csv:2: the learner is empty/,
    );
    expect(() => readExportText('learner,interaction,response,timestamp\na,check.x,b,yesterday\n', 'bad.csv')).toThrow(
      /^bad\.csv:2: the timestamp "yesterday" is not a date/,
    );
    expect(() => readExportText(`${header}a,"check.x,b,correct\n`, 'open.csv')).toThrow(
      /^open\.csv:2: a quoted field is never closed/,
    );
  });

  it('accepts semicolons, as spreadsheets in many locales save', () => {
    const read2 = readExportText('Learner;Interaction;Response;Result\r\nann;check.q;a;correct\r\n', 'semi.csv');
    expect(read2.answers[0]).toMatchObject({ learner: 'ann', response: ['a'], result: 'correct' });
  });
});

describe('xAPI statements', () => {
  const page = readExportText(fixture('statements.json'), 'page.json');

  it('takes the answered statements about role-play scenes and checks, skipping the rest', () => {
    expect(page.format).toBe('xapi');
    expect(page.skipped).toBe(1);
    expect(page.answers.map((a) => [a.learner, a.question, a.response, a.result])).toEqual([
      [
        'https://lms.example.com::jane',
        { kind: 'scene', scenarioId: 'late-delivery', sceneId: 'slot-question' },
        ['tell-her-now'],
        'wow',
      ],
      [
        'https://lms.example.com::jane',
        { kind: 'scene', scenarioId: 'late-delivery', sceneId: 'the-news' },
        ['blame-workshop'],
        'misery',
      ],
      ['mailto:amir@example.org', { kind: 'check', checkId: 'early-warning-ingredients' }, ['b', 'd'], 'correct'],
    ]);
    expect(whereOf(page.answers[0]!)).toBe('page.json:14');
  });

  it('reads a bare array of statements the same as a page of them', () => {
    const list = JSON.stringify((JSON.parse(fixture('statements.json')) as { statements: unknown[] }).statements);
    const bare = readExportText(list, 'list.json');
    expect(bare.answers.map((a) => [a.learner, a.question, a.response])).toEqual(
      page.answers.map((a) => [a.learner, a.question, a.response]),
    );
  });

  it('names the line of a statement it cannot read, and of broken JSON', () => {
    const bad =
      '[\n{"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},\n "object": {"id": "x/check/q"},\n "actor": {"mbox": "mailto:a@b.c"}, "result": {}}\n]';
    expect(() => readExportText(bad, 'bad.json')).toThrow(
      /^bad\.json:2: an answered statement without result\.response/,
    );
    expect(() => readExportText('[\n{"a": 1},\n{"b": }\n]', 'broken.json')).toThrow(/^broken\.json:3: not JSON/);
  });
});

describe('format detection', () => {
  it('goes by content, not by the file name', () => {
    expect(readExportText(fixture('statements.json'), 'export.csv').format).toBe('xapi');
    expect(readExportText(fixture('interactions.csv'), 'export.json').format).toBe('generic-csv');
    expect(readExportText(fixture('moodle-interactions.txt'), 'export.csv').format).toBe('moodle');
  });

  it('explains what it expected when the content is none of them', () => {
    expect(() => readExportText('name,score\nAna,80\n', 'grades.csv')).toThrow(
      /^grades\.csv:1: not a format the report reads/,
    );
  });

  it('parses CRLF and a byte-order mark', () => {
    expect(parseDelimited('\uFEFFa,b\r\n"c\r\nd",e\r\n', ',', 'f')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c\r\nd', 'e'] },
    ]);
  });
});
