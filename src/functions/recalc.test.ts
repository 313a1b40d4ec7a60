/**
 * Recomputing only what the imported cities change (issue 13 item 18): a formula that answered
 * before the workbook's stored cities were read — or from an imported city — notes its cell; when
 * the imported set changes, exactly those cells are recalculated, in two syncs, never the whole
 * workbook. Built-in answers are never recomputed.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildImported, serializeStored } from "../catalog/custom";
import { setImportedCatalogs } from "../catalog/registry";
import { installCustomFunctionsShim, ShimError } from "../../test/support/custom-functions-shim";
import { recalculateNoted, splitAddress, takeNoted, MAX_CELLS_PER_SHEET, type RecalcContext } from "./recalc";

installCustomFunctionsShim();
let f: typeof import("./functions");
beforeAll(async () => {
  f = await import("./functions");
});
afterEach(() => {
  setImportedCatalogs([]);
  takeNoted();
});

const { catalog } = buildImported("示例", { title: "示例市质量提升方案" }, [
  { name: "抽检合格率", category: "产品质量", comparator: ">=", value: 95, valueMax: null, unit: "%", deadline: 2025, quote: "抽检合格率达到95%", offset: 0 },
]);
/** Excel passes null for an omitted optional argument. */
const OMITTED = null as unknown as undefined;
const at = (address: string) => ({ address }) as CustomFunctions.Invocation;

/** What a recalculation did to a workbook: cells and used ranges recalculated, syncs, full recalculations. */
class Workbook implements RecalcContext {
  syncs = 0;
  calculated: string[] = [];
  fullRecalcs = 0;
  settings = new Map<string, unknown>();
  constructor(readonly sheets: string[]) {}
  readonly workbook = {
    worksheets: {
      getItemOrNullObject: (name: string) => {
        const exists = this.sheets.some((s) => s.toLowerCase() === name.toLowerCase());
        return {
          isNullObject: !exists,
          load: () => undefined,
          getRange: (cell: string) => ({ calculate: () => void this.calculated.push(`${name}!${cell}`) }),
          getUsedRange: () => ({ calculate: () => void this.calculated.push(`${name}!(used range)`) }),
        };
      },
    },
    settings: {
      getItemOrNullObject: (key: string) => ({ isNullObject: !this.settings.has(key), value: this.settings.get(key), load: () => undefined }),
    },
    application: { calculate: () => void this.fullRecalcs++ },
  };
  async sync(): Promise<void> {
    this.syncs++;
  }
}

describe("noting the cells whose answers depend on the imported cities", () => {
  it("notes a formula naming a city not (yet) known, and one naming an imported city; never a built-in one", () => {
    expect(f.QC_TARGET([["示例"]], [["抽检合格率"]], OMITTED, at("Sheet1!B2"))[0]![0]).toBeInstanceOf(ShimError);
    f.QC_TARGET([["泰安"]], [["农产品监测合格率"]], OMITTED, at("Sheet1!B3"));
    f.QC_STATUS([["泰安"]], [["农产品监测合格率"]], [[0.99]], at("Sheet1!C3"));
    setImportedCatalogs([catalog]);
    expect(f.QC_TARGET([["示例"]], [["抽检合格率"]], OMITTED, at("'质量 指标'!D4"))[0]![0]).toBe(0.95);
    expect(takeNoted()).toEqual([
      { sheet: "Sheet1", cells: ["B2"] },
      { sheet: "质量 指标", cells: ["D4"] },
    ]);
  });
  it("notes the city list and cross-city comparisons, which the imported set changes", () => {
    f.QC_CITIES(at("汇总!A1"));
    f.QC_COMPARE("农产品监测合格率", at("汇总!H1"));
    expect(takeNoted()).toEqual([{ sheet: "汇总", cells: ["A1", "H1"] }]);
  });
  it("past the bound, notes the whole sheet", () => {
    for (let r = 1; r <= MAX_CELLS_PER_SHEET + 1; r++) f.QC_TARGET([["某市"]], [["x"]], OMITTED, at(`大表!A${r}`));
    expect(takeNoted()).toEqual([{ sheet: "大表", cells: "all" }]);
  });
  it("reads Excel's addresses: quoted sheet names, $ signs, spilled anchors", () => {
    expect(splitAddress("Sheet1!B2")).toEqual({ sheet: "Sheet1", cell: "B2" });
    expect(splitAddress("'Bob''s sheet'!$C$7")).toEqual({ sheet: "Bob's sheet", cell: "C7" });
    expect(splitAddress("'a!b'!A1:B9")).toEqual({ sheet: "a!b", cell: "A1" });
    expect(splitAddress("B2")).toBeNull();
    expect(splitAddress("Sheet1!")).toBeNull();
  });
});

describe("recalculating only the noted cells", () => {
  it("recalculates exactly the noted cells in two syncs, skipping a sheet deleted since", async () => {
    f.QC_TARGET([["示例"]], [["抽检合格率"]], OMITTED, at("Sheet1!B2"));
    f.QC_TARGET([["示例"]], [["抽检合格率"]], OMITTED, at("Gone!B2"));
    f.QC_TARGET([["泰安"]], [["农产品监测合格率"]], OMITTED, at("Sheet1!B3"));
    const wb = new Workbook(["Sheet1"]);
    expect(await recalculateNoted(wb)).toBe(1);
    expect(wb.calculated).toEqual(["Sheet1!B2"]);
    expect(wb.syncs).toBe(2);
    expect(wb.fullRecalcs).toBe(0);
    // Nothing noted: no batch at all.
    const again = new Workbook(["Sheet1"]);
    expect(await recalculateNoted(again)).toBe(0);
    expect(again.syncs).toBe(0);
  });
});

describe("opening a workbook that carries imported cities", () => {
  it("recalculates only the formula that answered #N/A before the read — no full recalculation", async () => {
    const wb = new Workbook(["指标"]);
    wb.settings.set("qc.catalogs", [serializeStored(catalog)]);
    let ready: (() => Promise<void>) | null = null;
    const office = { onReady: (cb: () => Promise<void>) => void (ready = cb) } as unknown as typeof Office;
    let runs = 0;
    const excel = { run: async <T>(batch: (ctx: unknown) => Promise<T>) => (runs++, batch(wb)) } as unknown as typeof Excel;
    const { startCatalogSync } = await import("./index");
    startCatalogSync(office, excel);
    // Excel computes the sheet's formulas as the runtime loads, before the stored cities are read.
    expect(f.QC_TARGET([["示例"]], [["抽检合格率"]], OMITTED, at("指标!C5"))[0]![0]).toBeInstanceOf(ShimError);
    f.QC_TARGET([["泰安"]], [["农产品监测合格率"]], OMITTED, at("指标!C6"));
    await ready!();
    await new Promise((r) => setTimeout(r, 0));
    expect(wb.calculated).toEqual(["指标!C5"]);
    expect(wb.fullRecalcs).toBe(0);
    // The recalculated formula now answers.
    expect(f.QC_TARGET([["示例"]], [["抽检合格率"]], OMITTED, at("指标!C5"))[0]![0]).toBe(0.95);
    // Removing the city in the pane recalculates that formula again; a change nothing depends on opens no batch.
    takeNoted();
    const before = runs;
    setImportedCatalogs([catalog]);
    expect(runs).toBe(before);
    f.QC_TARGET([["示例"]], [["抽检合格率"]], OMITTED, at("指标!C5"));
    setImportedCatalogs([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(before + 1);
    expect(wb.calculated).toEqual(["指标!C5", "指标!C5"]);
    expect(wb.fullRecalcs).toBe(0);
  });
});
