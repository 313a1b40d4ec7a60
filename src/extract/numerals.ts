/** Chinese and Arabic numerals → numbers. "百分之九十五" is handled by the extractor (it is a unit too). */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The characters a Chinese numeral is written with (for building patterns). */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/** Parses 三, 十二, 二十五, 一百零五, 三千, 两万, 三点五 and digit strings like 12.5. Returns null for anything else. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim();
  if (s === "") return null;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const point = s.indexOf("点");
  if (point >= 0) {
    const whole = parseChineseInteger(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (whole === null || frac === "" || ![...frac].every((c) => c in DIGITS)) return null;
    return Number(`${whole}.${[...frac].map((c) => DIGITS[c]).join("")}`);
  }
  return parseChineseInteger(s);
}

function parseChineseInteger(s: string): number | null {
  if (s === "") return null;
  // Plain digit sequences such as 二〇二〇 (a year written digit by digit).
  if (s.length > 1 && [...s].every((c) => c in DIGITS) && !/[十百千万亿]/.test(s)) {
    return Number([...s].map((c) => DIGITS[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c]!;
      digit = null;
    } else if (c in BIG_UNITS) {
      section += digit ?? 0;
      total = (total + (section || 1)) * BIG_UNITS[c]!;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
