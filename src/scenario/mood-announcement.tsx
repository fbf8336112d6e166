import { useState } from 'react';
import { selectKey, t } from '../i18n/i18n';
import 'virtual:ui-messages/roleplay';
import type { Channel, Mood } from './scenario';

/**
 * Tells screen-reader users when the customer's mood changes, as the portrait shows it to everyone else
 * ("Grace looks worried now"). The live region is always on the page and says nothing about the first mood,
 * which the customer card already gives in words.
 */
export function MoodAnnouncement({
  name,
  mood,
  channel,
}: {
  readonly name: string;
  readonly mood: Mood;
  readonly channel: Channel;
}) {
  const [firstMood] = useState(mood);
  const [changed, setChanged] = useState(false);
  // Once the mood has moved, the region keeps saying the current one; it speaks again only when the words change.
  if (!changed && mood !== firstMood) setChanged(true);
  return (
    <p className="visually-hidden" role="status">
      {changed ? t('roleplay.mood-changed', { name, channel: selectKey(channel), mood }) : ''}
    </p>
  );
}
