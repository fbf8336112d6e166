import { CustomerAvatar } from './customer-avatar';
import { CHANNEL_TEXT, MOOD_TEXT } from './player-text';
import type { Channel, Customer, Mood } from './scenario';

/** Who the learner is talking to, and how they feel right now, in words as well as in the picture. */
export function CustomerCard({
  customer,
  mood,
  channel,
}: {
  readonly customer: Customer;
  readonly mood: Mood;
  readonly channel: Channel;
}) {
  return (
    <div className="scn-customer">
      <CustomerAvatar name={customer.name} mood={mood} size={72} />
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
