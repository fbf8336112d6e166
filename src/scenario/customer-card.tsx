import { CustomerPortrait } from './customer-portrait';
import { selectKey } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/roleplay';
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
          <Message id="roleplay.mood" values={{ channel: selectKey(channel), mood }} components={[<strong />]} />
        </p>
      </div>
    </div>
  );
}
