import type { Channel } from '../scenario/scenario';
import { pictureUrl } from './picture-urls';

const URLS = import.meta.glob<string>('./generated/scene-*.svg', { eager: true, query: '?url', import: 'default' });

/** Where the role-play happens (a phone, a desk, a chat, an email). Decorative: the text names the channel. */
export function ChannelScene({ channel }: { readonly channel: Channel }) {
  const src = pictureUrl(URLS, 'scene', channel);
  if (!src) return null;
  return <img className="scn-scene" src={src} alt="" width={480} height={270} loading="lazy" decoding="async" />;
}
