import type { Channel, Mood } from './scenario';

/** Learner-facing words for the channel, so a chat does not say "on the phone". */
export const CHANNEL_TEXT: Readonly<Record<Channel, { readonly label: string; readonly moodVerb: string }>> = {
  phone: { label: 'Phone call', moodVerb: 'sounds' },
  'face-to-face': { label: 'Face to face', moodVerb: 'looks' },
  chat: { label: 'Live chat', moodVerb: 'seems' },
  email: { label: 'Email', moodVerb: 'seems' },
};

export const MOOD_TEXT: Readonly<Record<Mood, string>> = {
  angry: 'angry',
  annoyed: 'annoyed',
  worried: 'worried',
  neutral: 'calm',
  pleased: 'pleased',
  delighted: 'delighted',
};
