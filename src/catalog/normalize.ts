/**
 * Text normalisation for matching what users type against catalogue names.
 *
 * Users type 农产品监测合格率, 农产品 监测合格率, 农产品的监测合格率, ＂农产品监测合格率＂ or
 * 农产品监测合格比例 and mean the same entry. The normal form folds width (NFKC), case, spaces and
 * punctuation, drops the particles 的/之 and a leading 全市/我市, and writes rate words
 * (比例, 比率, 比重, 占比) as 率.
 */

const PUNCT_RE = /[\s\p{P}\p{S}]+/gu;
const PARTICLE_RE = /[的之]/g;
const RATE_RE = /(?:比例|比率|比重|占比)/g;
const SCOPE_RE = /^(?:全市|我市|本市|全县|全区)/;

export function normalizeName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(PUNCT_RE, "")
    .replace(PARTICLE_RE, "")
    .replace(RATE_RE, "率")
    .replace(SCOPE_RE, "");
}

/** Latin city spellings: Tai'an, TAIAN, tai an → taian. */
export function normalizeLatin(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^a-z]/g, "");
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) m.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/**
 * Similarity of two normalised names in [0, 1]: the Dice coefficient of their character bigrams,
 * raised when one contains the other (a user often types part of a long name: 食品抽检合格率).
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let overlap = 0;
  let total = 0;
  for (const [g, n] of ga) {
    overlap += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  const dice = (2 * overlap) / total;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const contained = long.includes(short) ? 0.5 + 0.5 * (short.length / long.length) : 0;
  return Math.max(dice, contained);
}
