/**
 * Property tests over the pure core: for any input, a defined answer or a clear error, never a
 * crash, never a hang. Regression cases found by these properties are pinned at the bottom.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ActualValueError, builtinIndex, evaluate, progress, readActual, type Indicator } from "../../src/catalog";
import { CONTRAST_GROUPS } from "../../src/catalog/normalize";
import { extract } from "../../src/extract/extract";
import { decodeText, EncodingError } from "../../src/extract/text";
import { detectTable, checkGrid } from "../../src/template/detect";
import { cellValue, hostileNumber, hostileString } from "./arbitraries";

const index = builtinIndex();
const entries = index.catalog.indicators;
const cities = index.cities();
/**
 * Runs one input. No timed assertion here (speed lives in `npm run bench`, which times adversarial
 * inputs): a hang still fails the test through vitest's per-test timeout.
 */
function timed<T>(f: () => T): T {
  return f();
}

describe("resolution never crashes and never answers with a stranger", () => {
  it("any city text: a city or a message", () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const r = timed(() => index.resolveCity(s));
        if (r.ok) expect(cities).toContain(r.value);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
  it("any indicator text in any city: that city's entry or a message with candidates", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cities), hostileString, (city, s) => {
        const r = timed(() => index.resolveIndicator(city, s));
        if (r.ok) expect(r.value.city).toBe(city.name);
        else {
          expect(["unknown", "ambiguous", "empty", "conflict"]).toContain(r.reason);
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * A catalogue name changed into another measure: a negation inserted (不合格率 for 合格率), a contrast
 * word swapped for another of its group (农村 for 城市, 药品 for 食品, 省级 for 市级), or a population,
 * level, sector or product word added to a name that has none (农村污水处理率 for 污水处理率).
 */
const NEGATIONS = ["不", "非", "无", "未"];
function negated(name: string, at: number, neg: string): string {
  const i = Math.min(at, name.length - 1);
  return name.slice(0, i) + neg + name.slice(i);
}
/** Each contrast word of a name (not the 中型 inside 大中型) replaced by a word of each other class of its group. */
function swaps(name: string): string[] {
  const out: string[] = [];
  for (const g of CONTRAST_GROUPS)
    g.classes.forEach((cls, ci) => {
      for (const w of cls) {
        const at = name.indexOf(w);
        if (at < 0) continue;
        const insideLonger = g.classes.flat().some((long) => {
          if (long.length <= w.length) return false;
          for (let i = name.indexOf(long); i >= 0; i = name.indexOf(long, i + 1)) if (i <= at && at + w.length <= i + long.length) return true;
          return false;
        });
        if (insideLonger) continue;
        g.classes.forEach((other, oi) => {
          if (oi !== ci) out.push(name.slice(0, at) + other[0]! + name.slice(at + w.length));
        });
      }
    });
  return out;
}
function additions(name: string): string[] {
  return CONTRAST_GROUPS.filter((g) => g.addable && !g.classes.flat().some((w) => name.toLowerCase().includes(w))).flatMap((g) => g.classes.map((cls) => cls[0]! + name));
}
function resolvesTo(entry: Indicator, text: string): boolean {
  const city = index.resolveCity(entry.city);
  if (!city.ok) throw new Error(entry.city);
  const r = index.resolveIndicator(city.value, text);
  return r.ok && r.value.id === entry.id;
}

describe("a name changed into another measure never resolves to the entry", () => {
  it("every entry, with a negation inserted anywhere in its name", () => {
    for (const e of entries)
      for (const neg of NEGATIONS)
        for (let at = 0; at < e.name.length; at++) {
          const text = negated(e.name, at, neg);
          expect(resolvesTo(e, text), `${e.city} ${e.name} → ${text}`).toBe(false);
        }
  });
  it("every entry, with each contrast word swapped for another of its group", () => {
    let tried = 0;
    for (const e of entries)
      for (const text of swaps(e.name)) {
        tried++;
        expect(resolvesTo(e, text), `${e.city} ${e.name} → ${text}`).toBe(false);
      }
    expect(tried).toBeGreaterThan(200);
  });
  it("every entry, with a population, level, sector or product word added", () => {
    for (const e of entries)
      for (const text of additions(e.name)) expect(resolvesTo(e, text), `${e.city} ${e.name} → ${text}`).toBe(false);
  });
  it("any entry, any of these changes, with the user's spacing and width variations", () => {
    const change = fc.oneof(
      fc.tuple(fc.constant("neg" as const), fc.nat(), fc.constantFrom(...NEGATIONS)),
      fc.tuple(fc.constant("swap" as const), fc.nat(), fc.constant("")),
      fc.tuple(fc.constant("add" as const), fc.nat(), fc.constant("")),
    );
    fc.assert(
      fc.property(fc.constantFrom(...entries), change, fc.constantFrom("", " ", "　"), fc.boolean(), (e, [kind, k, neg], pad, wide) => {
        const options = kind === "neg" ? [negated(e.name, k % e.name.length, neg)] : kind === "swap" ? swaps(e.name) : additions(e.name);
        if (options.length === 0) return;
        let text = pad + options[k % options.length]! + pad;
        if (wide) text = text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(resolvesTo(e, text), `${e.city} ${e.name} → ${text}`).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("checking a sheet (qc check and the pane share checkGrid): a changed name is an unmatched row, never graded", () => {
  it("every numeric entry, negated, with a value that would meet the original target", () => {
    for (const e of entries.filter((x) => x.comparator !== "qualitative")) {
      const city = index.resolveCity(e.city);
      if (!city.ok) throw new Error(e.city);
      // 不合格率 for 合格率; elsewhere the negation goes before the last character.
      const at = e.name.indexOf("合格");
      const name = negated(e.name, at >= 0 ? at : e.name.length - 1, "不");
      const grid = [["指标", "实际值"], [name, e.value]];
      const table = { headerRow: 0, nameColumn: 0, valueColumn: 1, valueColumns: [{ index: 1, header: "实际值" }], cityGuess: e.city, firstDataRow: 1, lastDataRow: 1 };
      const [row] = checkGrid(grid, null, table, city.value, index);
      expect(row, `${e.city} ${name}`).toBeDefined();
      expect(row!.entry, `${e.city} ${name}`).toBeNull();
      expect(row!.evaluation).toBeNull();
      expect(row!.error).toMatch(/没有指标|多个指标/);
    }
  });
});

describe("evaluation: a status or an ActualValueError, nothing else", () => {
  it("any cell value against any entry", () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), cellValue, fc.boolean(), (entry, v, pct) => {
        try {
          const e = evaluate(entry, v as never, { percentFormatted: pct });
          expect(["met", "missed", "nodata"]).toContain(e.status);
          if (e.gap !== null) expect(Number.isFinite(e.gap)).toBe(true);
          if (e.status === "nodata") expect(e.gap).toBeNull();
        } catch (err) {
          expect(err).toBeInstanceOf(ActualValueError);
          expect((err as Error).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it("finite numbers always read for numeric targets, and the reading is finite", () => {
    const numeric = entries.filter((e) => e.comparator !== "qualitative");
    fc.assert(
      fc.property(fc.constantFrom(...numeric), hostileNumber, (entry, n) => {
        if (!Number.isFinite(n)) {
          expect(() => readActual(entry, n)).toThrowError(ActualValueError);
          return;
        }
        const v = readActual(entry, n);
        expect(typeof v === "number" && Number.isFinite(v) ? true : v === null).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it("progress over any series: a status or an ActualValueError", () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.array(fc.tuple(cellValue, fc.oneof(fc.integer({ min: 1990, max: 2040 }), fc.constant(null))), { maxLength: 8 }), (entry, series) => {
        try {
          const p = progress(entry, { values: series.map((s) => s[0] as never), years: series.map((s) => s[1]) });
          expect(["met", "onTrack", "behind", "overdue", "nodata"]).toContain(p.status);
        } catch (err) {
          expect(err).toBeInstanceOf(ActualValueError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("extraction of any text", () => {
  it("returns candidates whose quotes are the text at their offsets", () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const got = timed(() => extract(s));
        for (const c of got) {
          expect(s.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
          if (c.comparator !== "qualitative") expect(Number.isFinite(c.value as number)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
  it("handles a megabyte of text", () => {
    const big = "到2020年，农产品监测合格率稳定在98%以上，新增专利500件、驰名商标2件，".repeat(26000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const got = timed(() => extract(big));
    expect(got.length).toBeGreaterThan(0);
  });
  it("decodes any bytes or refuses them with a sentence (never another error, never a silent guess)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          const { text } = decodeText(bytes);
          expect(typeof text).toBe("string");
        } catch (e) {
          expect(e).toBeInstanceOf(EncodingError);
          expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("detection and checking of any grid", () => {
  it("returns a table or null, and checked rows within it", () => {
    const grid = fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 12 });
    fc.assert(
      fc.property(grid, fc.constantFrom(...cities), (g, city) => {
        const t = timed(() => detectTable(g as unknown[][], index));
        if (!t) return;
        const rows = checkGrid(g as unknown[][], null, t, city, index);
        for (const r of rows) {
          expect(r.row).toBeGreaterThanOrEqual(t.firstDataRow);
          expect(r.evaluation !== null || r.error !== null).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("regressions found by the properties", () => {
  it("a lone surrogate in a name is an unknown name, not a crash", () => {
    const r = index.resolveIndicator(cities[0]!, "\ud800");
    expect(r.ok).toBe(false);
  });
  it("1e308 percent is read, not turned into Infinity by the fraction rule", () => {
    const pct = entries.find((e) => e.unit === "%")!;
    expect(Number.isFinite(readActual(pct, 1e308) as number)).toBe(true);
    expect(evaluate(pct, 1e308).gap).toBe(1e308);
  });
  it("1e308 in a %-formatted cell overflows to a clear error, not Infinity", () => {
    const pct = entries.find((e) => e.unit === "%")!;
    expect(() => evaluate(pct, 1e308, { percentFormatted: true })).toThrowError("超出");
  });
});
