import { REFLECTION_MAX_LENGTH } from '../../../src/content/reflection';

/** Reflections typed to the limit in three scripts: accented Latin, Cyrillic, and emoji in between. */
const fill = (sentence: string): string => sentence.repeat(20).slice(0, REFLECTION_MAX_LENGTH);

export const FRENCH = fill('Écoutez d’abord, reformulez, puis proposez une solution concrète à l’hôte déçu. ');
export const RUSSIAN = fill('Сначала выслушайте клиента, затем повторите его слова и предложите решение. ');
export const EMOJI = fill('Smile 🙂 listen 👂 thank 🙏 fix it ✅ follow up 📞 ');
