/**
 * The wallet's local time: each catalog's wallet answers in the UTC offset of its home region
 * (`countryCode`); a catalog without one (the generic Alipay+ catalog) answers in UTC.
 */

/** UTC offsets (hours) of the wallets' home regions (assumed: wallets answer in local time). */
const OFFSET_HOURS: Record<string, number> = { ID: 7, MY: 8, PH: 8, HK: 8, CN: 8, SG: 8, TH: 7, KR: 9, IQ: 3, ZA: 2, MO: 8 };

/** The UTC offset, in minutes, of the wallet of a catalog with this country code (0 without one). */
export function walletOffsetMinutes(countryCode: string | null | undefined): number {
  return countryCode ? (OFFSET_HOURS[countryCode] ?? 0) * 60 : 0;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** `+07:00`, `-03:30`, `+00:00`. */
export function isoOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * ISO 8601 of epoch ms `ms` in the fixed UTC offset: `2019-06-06T12:12:12+08:00`, or with
 * `milliseconds` `2019-06-06T12:12:12.345+08:00`.
 */
export function isoAtOffset(ms: number, offsetMinutes: number, { milliseconds = false }: { milliseconds?: boolean } = {}): string {
  const stamp = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, milliseconds ? 23 : 19);
  return `${stamp}${isoOffset(offsetMinutes)}`;
}
