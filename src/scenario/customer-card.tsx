import { CustomerPortrait } from './customer-portrait';
import { CHANNEL_TEXT, MOOD_TEXT } from './player-text';
import type { Channel, Customer, Mood, ScenarioPictures } from './scenario';

/** Who the learner is talking to, and how they feel right now, in words as well as in the picture. */
export function CustomerCard({
  customer,
  mood,
  channel,
  portraits,
}: {
  readonly customer: Customer;
  readonly mood: Mood;
  readonly channel: Channel;
  readonly portraits?: ScenarioPictures['portraits'] | undefined;
}) {
  return (
    <div className="scn-customer">
      <CustomerPortrait mood={mood} portraits={portraits} />
      <div className="scn-customer__text">
        <p className="scn-customer__name">{customer.name}</p>
        <p className="scn-customer__role">{customer.role}</p>
        <p className="scn-customer__mood">
          {CHANNEL_TEXT[channel].moodVerb} <strong>{MOOD_TEXT[mood]}</strong>
        </p>
      </div>
    </div>
  );
}
