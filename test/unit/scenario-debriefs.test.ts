import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../scripts/content/scenario-index';
import { checkPathNotes } from '../../scripts/content/scenario-debriefs';
import type { Scenario } from '../../src/scenario/scenario';
import { sampleScenario } from './support/scenario';

const withNotes = (notes: NonNullable<Scenario['endings'][number]['ifTook']>): Scenario => {
  const base = sampleScenario();
  return { ...base, endings: base.endings.map((e) => (e.id === 'end-wow' ? { ...e, ifTook: notes } : e)) };
};

describe('path notes in a debrief', () => {
  it('accepts a note about a reply that some path to the ending takes', () => {
    expect(checkPathNotes(withNotes([{ replies: ['greet', 'hurry'], text: 'You opened the talk.' }]))).toEqual([]);
  });

  it('rejects a note about a reply that does not exist', () => {
    const [finding] = checkPathNotes(withNotes([{ replies: ['wave'], text: 'You waved.' }]));
    expect(finding).toMatchObject({ id: 'end-wow', place: { at: 'ending', ending: 0 } });
    expect(finding?.message).toBe('a note in ifTook names reply "wave", which does not exist');
  });

  it('rejects a note that could never be shown, because no path through its reply reaches the ending', () => {
    const [finding] = checkPathNotes(withNotes([{ replies: ['blame'], text: 'You blamed another team.' }]));
    expect(finding?.message).toBe(
      'a note in ifTook names reply "blame", but no path through it reaches this ending, so the note could never be shown',
    );
  });

  it('reports it from the YAML with the file and the ending’s line', () => {
    const yaml = `id: notes
title: Notes
channel: phone
situation: A call.
customer: { name: Ana Silva, role: Caller, mood: annoyed }
start: s1
scenes:
  - id: s1
    customer: Hello?
    replies:
      - { id: kind, text: How can I help?, band: wow, feedback: Open., next: glad }
      - { id: curt, text: What now?, band: misery, feedback: Curt., next: cross }
      - { id: vague, text: Yes?, band: mediocrity, feedback: Flat., next: fine }
endings:
  - id: glad
    band: wow
    title: Glad
    debrief: Glad.
    ifTook:
      - { replies: [curt], text: You were curt. }
  - { id: fine, band: mediocrity, title: Fine, debrief: Fine. }
  - { id: cross, band: misery, title: Cross, debrief: Cross. }
`;
    const result = checkScenarioText('scenarios/notes.yaml', yaml);
    expect(result.errors.map((e) => `${e.file}:${e.line} [${e.id}] ${e.message}`)).toContain(
      'scenarios/notes.yaml:15 [glad] a note in ifTook names reply "curt", but no path through it reaches this ending, so the note could never be shown',
    );
  });
});
