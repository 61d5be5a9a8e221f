/**
 * Feed dates to ISO 8601: RSS uses RFC 822 ("Tue, 4 Mar 2025 09:30:00 +0200", "... GMT", "... EST",
 * two-digit years), Atom and Dublin Core use ISO 8601 already. The zone is kept as written, never
 * converted to the reader's; a date without a time stays a date.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** RFC 822 zone names (and a few widely used others) with their offsets in minutes. */
const ZONES: Record<string, number> = {
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  jst: 540,
};

const RFC822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[a-z]{1,5}))?)?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A feed's date as ISO 8601 (with its zone when it states one), or null if it is not a date. */
export function feedDate(value: string): string | null {
  const v = value.trim().replace(/\s+/g, " ");
  const iso = ISO.exec(v);
  if (iso) {
    const [, y, mo, d, h, mi, s, z] = iso;
    return build(+y!, +mo!, +d!, h, mi, s, z ? zoneOffset(z) : undefined);
  }
  const m = RFC822.exec(v);
  if (!m) return null;
  const [, d, mon, yy, h, mi, s, z] = m;
  const month = MONTHS[mon!.toLowerCase()];
  if (!month) return null;
  let year = +yy!;
  // RFC 822's two-digit years; RFC 2822 reads 00–49 as 20xx.
  if (yy!.length === 2) year += year < 50 ? 2000 : 1900;
  return build(year, month, +d!, h, mi, s, z ? zoneOffset(z) : undefined);
}

function build(
  y: number,
  mo: number,
  d: number,
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  offset: number | null | undefined,
): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined) return date;
  if (+h > 23 || +mi! > 59 || +(s ?? 0) > 60) return null;
  const time = `${date}T${pad(+h)}:${mi}:${s ?? "00"}`;
  if (offset === undefined || offset === null) return time;
  if (offset === 0) return `${time}Z`;
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  return `${time}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** A zone's offset in minutes; null for a zone name we do not know (the time is kept without one). */
function zoneOffset(z: string): number | null {
  const num = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (num) return (num[1] === "-" ? -1 : 1) * (+num[2]! * 60 + +num[3]!);
  return ZONES[z.toLowerCase()] ?? null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
