/** How the course writes money: an ISO 4217 currency and the locale whose conventions it follows. */
export interface MoneySetting {
  readonly currency: string;
  readonly locale: string;
}

/**
 * An amount as the configured locale writes it in the configured currency, such as "R 2 000" for
 * en-ZA and ZAR. Whole amounts drop the cents, because "R 2 000,00" reads like an invoice in prose.
 */
export function formatMoney(amount: number, money: MoneySetting): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(money.locale, {
    style: 'currency',
    currency: money.currency,
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(amount);
}
