/**
 * Property tests over the pure core: for any input, a defined answer or a clear error, never a
 * crash, never a hang. Regression cases found by these properties are pinned at the bottom.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ActualValueError, builtinIndex, evaluate, progress, readActual } from "../../src/catalog";
import { extract } from "../../src/extract/extract";
import { decodeText } from "../../src/extract/text";
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
          expect(["unknown", "ambiguous", "empty"]).toContain(r.reason);
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
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
  it("decodes any bytes without throwing", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const { text } = decodeText(bytes);
        expect(typeof text).toBe("string");
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
