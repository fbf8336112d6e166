import { catalog } from 'virtual:course-catalog';
import { formatMoney } from '../course/format-money';

/**
 * An amount in the course's currency, written the course's way: `<Money amount="2000" />`.
 * Lessons never write a currency themselves, so a training company changes it in one place.
 * The lesson checker has already made sure `amount` is a plain number.
 */
export function Money({ amount }: { readonly amount: string }) {
  return <>{formatMoney(Number(amount), catalog.config.money)}</>;
}
