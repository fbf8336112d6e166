import { selectKey, t } from '../i18n/i18n';
import type { Channel } from './scenario';
import 'virtual:ui-messages/roleplay';

/** How the customer is in touch, in words: "Phone call". */
export const channelLabel = (channel: Channel): string => t('roleplay.channel', { channel: selectKey(channel) });
