import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOGS } from "@/server/domain/catalog/builtin";
import { walletOffsetMinutes } from "@/server/domain/wallet-api/wallet-time";
import { describeTime, formatClockOffset, formatDuration, formatInstant, formatIso, formatRelative, formatUtcOffset, toEpochMs } from "./format";

// 2026-12-01T18:16:24.123Z
const AT = Date.UTC(2026, 11, 1, 18, 16, 24, 123);
const MIN = 60_000;

describe("an instant in the wallet's local time", () => {
  it("prints the wall clock at the offset, with the offset", () => {
    expect(formatInstant(AT, 7 * 60)).toBe("2 Dec 2026, 01:16:24 UTC+7");
    expect(formatInstant(AT, 8 * 60)).toBe("2 Dec 2026, 02:16:24 UTC+8");
    expect(formatInstant(AT, 0)).toBe("1 Dec 2026, 18:16:24 UTC");
    expect(formatInstant(AT, 3 * 60)).toBe("1 Dec 2026, 21:16:24 UTC+3");
    expect(formatInstant(AT, 2 * 60)).toBe("1 Dec 2026, 20:16:24 UTC+2");
    expect(formatInstant(AT, -(3 * 60 + 30))).toBe("1 Dec 2026, 14:46:24 UTC-3:30");
    expect(formatInstant(AT, 5 * 60 + 30)).toBe("1 Dec 2026, 23:46:24 UTC+5:30");
  });

  it("crosses day, month and year boundaries at the offset", () => {
    const newYear = Date.UTC(2026, 11, 31, 16, 0, 0);
    expect(formatInstant(newYear, 8 * 60)).toBe("1 Jan 2027, 00:00:00 UTC+8");
    expect(formatInstant(newYear - 1000, 8 * 60)).toBe("31 Dec 2026, 23:59:59 UTC+8");
    expect(formatInstant(Date.UTC(2026, 8, 5, 3, 4, 5), 0)).toBe("5 Sep 2026, 03:04:05 UTC");
  });

  it("gives the exact ISO value in the same offset, to the millisecond", () => {
    expect(formatIso(AT, 7 * 60)).toBe("2026-12-02T01:16:24.123+07:00");
    expect(formatIso(AT, 8 * 60)).toBe("2026-12-02T02:16:24.123+08:00");
    expect(formatIso(AT, 0)).toBe("2026-12-01T18:16:24.123+00:00");
    expect(formatIso(AT, -210)).toBe("2026-12-01T14:46:24.123-03:30");
    expect(Date.parse(formatIso(AT, 7 * 60))).toBe(AT);
  });

  it("uses the offset of every built-in catalog's wallet", () => {
    const offsets = Object.fromEntries(BUILTIN_CATALOGS.map((catalog) => [catalog.slug, formatUtcOffset(walletOffsetMinutes(catalog.countryCode))]));
    expect(offsets).toMatchObject({ "alipay-plus": "UTC", dana: "UTC+7", gcash: "UTC+8", "touch-n-go": "UTC+8", "alipay-hk": "UTC+8", "alipay-cn": "UTC+8", superqi: "UTC+3", vodapay: "UTC+2" });
    expect(walletOffsetMinutes(null)).toBe(0);
    expect(walletOffsetMinutes("XX")).toBe(0);
  });
});

describe("relative time", () => {
  const now = AT;

  it("words the future and the past", () => {
    expect(formatRelative(now + 9 * MIN, now)).toBe("in 9 min");
    expect(formatRelative(now - 2 * MIN, now)).toBe("2 min ago");
    expect(formatRelative(now - 3_000, now)).toBe("3 s ago");
    expect(formatRelative(now + 9 * MIN, now, { future: "expires", past: "expired" })).toBe("expires in 9 min");
    expect(formatRelative(now - 2 * MIN, now, { future: "expires", past: "expired" })).toBe("expired 2 min ago");
    expect(formatRelative(now - 90 * MIN, now)).toBe("1 h 30 min ago");
    expect(formatRelative(now + 26 * 60 * MIN + 5 * MIN, now)).toBe("in 1 day 2 h");
    expect(formatRelative(now - 400 * 24 * 60 * MIN, now)).toBe("1 year 35 days ago");
  });

  it("is past at now and just before it, future from a millisecond ahead", () => {
    expect(formatRelative(now, now)).toBe("just now");
    expect(formatRelative(now, now, { past: "expired" })).toBe("expired just now");
    expect(formatRelative(now - 999, now)).toBe("just now");
    expect(formatRelative(now - 1000, now)).toBe("1 s ago");
    expect(formatRelative(now + 1, now)).toBe("in 1 s");
    expect(formatRelative(now + 1000, now)).toBe("in 1 s");
    expect(formatRelative(now + 1001, now)).toBe("in 2 s");
  });

  it("counts seconds under a minute and whole minutes above", () => {
    expect(formatRelative(now - 59_999, now)).toBe("59 s ago");
    expect(formatRelative(now - 60_000, now)).toBe("1 min ago");
    expect(formatRelative(now - 119_999, now)).toBe("1 min ago");
    expect(formatRelative(now + 59_000, now)).toBe("in 59 s");
    expect(formatRelative(now + 59_001, now)).toBe("in 1 min");
    expect(formatRelative(now + 9 * MIN + 40_000, now)).toBe("in 9 min");
    expect(formatRelative(now - 60 * MIN, now)).toBe("1 h ago");
  });

  it("reads the mock clock's now when given it", () => {
    const offset = 24 * 60 * MIN;
    const expiresAt = now + 10 * MIN; // on the mock clock
    expect(describeTime(expiresAt, { offsetMinutes: 420, now, words: { future: "expires", past: "expired" } })?.relative).toBe("expires in 10 min");
    expect(describeTime(expiresAt, { offsetMinutes: 420, now: now + offset, words: { future: "expires", past: "expired" } })?.relative).toBe(
      "expired 23 h 50 min ago",
    );
  });
});

describe("describeTime", () => {
  it("gives the absolute, exact and relative text of a time input", () => {
    expect(describeTime(AT, { offsetMinutes: 420, now: AT + 3_000 })).toEqual({
      absolute: "2 Dec 2026, 01:16:24 UTC+7",
      iso: "2026-12-02T01:16:24.123+07:00",
      relative: "3 s ago",
    });
    expect(describeTime("2026-12-01T18:16:24.123Z", { offsetMinutes: 0 })).toEqual({
      absolute: "1 Dec 2026, 18:16:24 UTC",
      iso: "2026-12-01T18:16:24.123+00:00",
      relative: null,
    });
    expect(describeTime(new Date(AT), { offsetMinutes: 480, now: null })?.iso).toBe("2026-12-02T02:16:24.123+08:00");
  });

  it("refuses what is not a time", () => {
    for (const input of [Number.NaN, Number.POSITIVE_INFINITY, 9e15, "yesterday", "", new Date("nope"), null, undefined]) {
      expect(toEpochMs(input)).toBeNull();
      expect(describeTime(input, { offsetMinutes: 0, now: AT })).toBeNull();
    }
    expect(toEpochMs(0)).toBe(0);
  });
});

describe("durations and clock offsets", () => {
  it("reads seconds as people do", () => {
    expect(formatDuration(600)).toBe("10 min");
    expect(formatDuration(180)).toBe("3 min");
    expect(formatDuration(86_400)).toBe("1 day");
    expect(formatDuration(172_800)).toBe("2 days");
    expect(formatDuration(5_400)).toBe("1 h 30 min");
    expect(formatDuration(1_296_000)).toBe("15 days");
    expect(formatDuration(31_536_000)).toBe("1 year");
    expect(formatDuration(61)).toBe("1 min 1 s");
    expect(formatDuration(90_061)).toBe("≈ 1 day 1 h");
    expect(formatDuration(90_061, { approximate: false })).toBe("1 day 1 h");
    expect(formatDuration(90_061, { maxParts: 3 })).toBe("≈ 1 day 1 h 1 min");
    expect(formatDuration(1)).toBe("1 s");
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(1.5)).toBe("1.5 s");
    expect(formatDuration(Number.NaN)).toBe("");
  });

  it("prints a mock-clock offset to the minute", () => {
    expect(formatClockOffset(0)).toBe("real time");
    expect(formatClockOffset(-5)).toBe("real time");
    expect(formatClockOffset(20_000)).toBe("+<1 min");
    expect(formatClockOffset(10 * MIN)).toBe("+10 min");
    expect(formatClockOffset(150 * MIN)).toBe("+2 h 30 min");
    expect(formatClockOffset((24 * 60 + 130) * MIN)).toBe("+1 day 2 h 10 min");
    expect(formatClockOffset(366 * 24 * 60 * MIN)).toBe("+1 year 1 day");
  });
});
