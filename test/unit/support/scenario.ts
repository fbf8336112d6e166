import type { Scenario } from '../../../src/scenario/scenario';

/**
 * The sample catalogue's role-play "sc": greet or hurry, then listen (a WOW ending) or blame (a
 * misery one). Tests that check SCORM 1.2 letters give its reply order to virtual:reply-order.
 */
export function sampleScenario(): Scenario {
  return {
    id: 'sc',
    title: 'A scenario',
    channel: 'face-to-face',
    situation: 'A customer comes to the counter.',
    customer: { name: 'Sam Dlamini', role: 'Customer', mood: 'worried' },
    start: 'scene-1',
    scenes: [
      {
        id: 'scene-1',
        customer: ['Customer line 1'],
        replies: [
          { id: 'greet', text: 'Good morning.', band: 'mediocrity', feedback: 'Polite.', next: 'scene-2' },
          { id: 'hurry', text: 'Next!', band: 'misery', feedback: 'Abrupt.', next: 'scene-2' },
        ],
      },
      {
        id: 'scene-2',
        customer: ['Customer line 2'],
        replies: [
          { id: 'blame', text: 'Not my department.', band: 'misery', feedback: 'Passes the buck.', next: 'end-misery' },
          { id: 'listen', text: 'Tell me what happened.', band: 'wow', feedback: 'Listens.', next: 'end-wow' },
        ],
      },
    ],
    endings: [
      { id: 'end-wow', band: 'wow', title: 'Helped', debrief: 'The customer felt heard.' },
      { id: 'end-misery', band: 'misery', title: 'Walked out', debrief: 'The customer left.' },
    ],
  };
}
