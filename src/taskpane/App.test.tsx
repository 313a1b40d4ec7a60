// @vitest-environment jsdom
import "../../test/support/jsdom-shims";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CheckSummary, UserSheetDetection } from "../excel";
import { SheetGoneError } from "../excel/errors";
import { FakeOfficeError } from "../../test/fakes/excel-fake";
import { App } from "./App";
import type { ExcelOps } from "./ops";

afterEach(cleanup);

const summary: CheckSummary = {
  sheet: "泰安",
  sheetId: "{7}",
  city: "泰安",
  counts: { met: 3, missed: 1, nodata: 46, error: 0 },
  findings: [
    { sheet: "泰安", address: "H10", indicatorId: "ta-1", indicatorName: "农产品监测合格率", city: "泰安", target: "≥98%", actual: 97, status: "missed", gap: -1, unit: "%" },
    { sheet: "泰安", address: "H11", indicatorId: "ta-2", indicatorName: "食品抽检合格率", city: "泰安", target: "≥96%", actual: 97, status: "met", gap: 1, unit: "%" },
  ],
  problems: [],
};

function fakeOps(overrides: Partial<ExcelOps> = {}): ExcelOps & { calls: string[] } {
  const calls: string[] = [];
  const ops: ExcelOps = {
    insertTemplate: vi.fn(async (city: string, cats: string[]) => {
      calls.push(`insert ${city} ${cats.join(",")}`);
      return { sheetName: city, rows: 50 };
    }),
    downloadTemplate: vi.fn(async () => "x.xlsx"),
    detect: vi.fn(async (): Promise<UserSheetDetection> => ({ sheetName: "泰安", sheetId: "{7}", isTemplate: true, table: null, headers: [], cityGuess: null, decisions: [], matchedRows: 0 })),
    checkTemplate: vi.fn(async (key: string) => {
      calls.push(`checkTemplate ${key}`);
      return summary;
    }),
    checkUser: vi.fn(async () => summary),
    highlight: vi.fn(async (_s: string, a: string[]) => {
      calls.push(`highlight ${a.join(",")}`);
      return a.length;
    }),
    clearMarks: vi.fn(async () => 1),
    select: vi.fn(async (s: string, a: string) => void calls.push(`select ${s}!${a}`)),
    insertSummary: vi.fn(async () => ({ sheetName: "汇总", cities: ["泰安"] })),
    watch: vi.fn(async () => async () => undefined),
    readCatalogs: vi.fn(async () => ({ catalogs: [], damaged: [] })),
    saveCatalog: vi.fn(async () => undefined),
    removeCatalog: vi.fn(async () => true),
    saveFile: vi.fn(),
    insertProgress: vi.fn(async (c: string) => ({ sheetName: `${c}进度` })),
    checkProgress: vi.fn(async () => ({
      sheetName: "泰安进度",
      findings: [
        { sheet: "泰安进度", address: "K11", indicatorId: "ta-1", indicatorName: "农产品监测合格率", target: "≥98%", unit: "%", status: "behind" as const, label: "进度滞后", missingYear: null, projected: 96, pathValue: 97, series: [{ year: 2018, value: 0.9 }, { year: 2019, value: 0.92 }], note: null },
        { sheet: "泰安进度", address: "J12", indicatorId: "ta-2", indicatorName: "食品抽检合格率", target: "≥96%", unit: "%", status: "overdue" as const, label: "逾期未达", missingYear: null, projected: null, pathValue: null, series: [{ year: 2018, value: 0.9 }], note: null },
      ],
    })),
    markProgress: vi.fn(async (_s: string, behind: string[], overdue: string[]) => {
      calls.push(`mark behind ${behind.join(",")} overdue ${overdue.join(",")}`);
      return behind.length + overdue.length;
    }),
    insertComparison: vi.fn(async () => ({ sheetName: "对比-污水处理率", charted: true })),
    ...overrides,
  };
  return Object.assign(ops, { calls });
}

describe("the task pane", () => {
  it("inserts the chosen city's template with the chosen categories", async () => {
    const ops = fakeOps();
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.change(screen.getByRole("combobox", { name: "城市" }), { target: { value: "新密" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "环境质量" }));
    fireEvent.click(screen.getByRole("button", { name: /插入指标表/ }));
    await screen.findByText(/已插入工作表“新密”/);
    expect(ops.calls).toEqual(["insert 新密 环境质量"]);
  });

  it("checks a template, shows counts and misses, and selects a miss's cell when clicked", async () => {
    const ops = fakeOps();
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查当前工作表" }));
    const list = await screen.findByRole("list", { name: "未达标的指标" });
    expect(within(list).getAllByRole("button")).toHaveLength(1);
    expect(screen.getByText("未达标 1")).toBeTruthy();
    expect(screen.getByText("达标 3")).toBeTruthy();
    fireEvent.click(within(list).getByRole("button", { name: /农产品监测合格率/ }));
    // The sheet is followed by its id in this session (a rename keeps it).
    await waitFor(() => expect(ops.calls).toContain("select {7}!H10"));
    expect(ops.calls[0]).toBe("checkTemplate {7}");
    expect(ops.watch).toHaveBeenCalledWith("{7}", expect.any(Function), expect.any(Function));
  });

  it("marks the misses and clears marks", async () => {
    const ops = fakeOps();
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查当前工作表" }));
    fireEvent.click(await screen.findByRole("button", { name: "标记未达标" }));
    await screen.findByText(/已标记 1 处/);
    expect(ops.calls).toContain("highlight H10");
    fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    await screen.findByText(/已清除 1 条标记/);
  });

  it("asks to confirm city and columns for a user's own sheet, then checks with the corrections", async () => {
    const detection: UserSheetDetection = {
      sheetName: "我的表",
      sheetId: "{3}",
      isTemplate: false,
      table: { headerRow: 2, nameColumn: 1, valueColumn: 3, valueColumns: [{ index: 3, header: "实际值" }], cityGuess: "泰安", firstDataRow: 3, lastDataRow: 5 },
      headers: [
        { index: 0, letter: "A", text: "序号" },
        { index: 1, letter: "B", text: "指标名称" },
        { index: 2, letter: "C", text: "目标" },
        { index: 3, letter: "D", text: "实际值" },
      ],
      cityGuess: "泰安",
      decisions: [{ text: "农产品检测合格率", rows: [3, 5], entryId: null, entryName: null, how: null, candidates: ["农产品监测合格率", "食品抽检合格率"] }],
      matchedRows: 1,
    };
    const checkUser = vi.fn(async () => summary);
    const ops = fakeOps({ detect: vi.fn(async () => detection), checkUser });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查当前工作表" }));
    const form = await screen.findByRole("form", { name: "确认要检查的列" });
    expect((within(form).getByRole("combobox", { name: "实际值列" }) as HTMLSelectElement).value).toBe("3");
    expect(within(form).getByText("以下 1 个名称需要确认（共 2 行）：")).toBeTruthy();
    const pick = within(form).getByRole("combobox", { name: /农产品检测合格率/ }) as HTMLSelectElement;
    const option = [...pick.options].find((o) => o.text === "农产品监测合格率")!;
    fireEvent.change(pick, { target: { value: option.value } });
    fireEvent.click(within(form).getByRole("button", { name: "检查" }));
    await screen.findByRole("list", { name: "未达标的指标" });
    expect(checkUser).toHaveBeenCalledWith(expect.objectContaining({ sheetName: "我的表", sheetId: "{3}", cityName: "泰安", nameColumn: 1, valueColumn: 3, picks: { 农产品检测合格率: option.value } }));
  });

  it("says so when the sheet has no indicator table (error case)", async () => {
    const ops = fakeOps({ detect: vi.fn(async () => ({ sheetName: "x", sheetId: "{1}", isTemplate: false, table: null, headers: [], cityGuess: null, decisions: [], matchedRows: 0 })) });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查当前工作表" }));
    expect((await screen.findByRole("alert")).textContent).toContain("没有找到指标表");
  });

  it("shows an Office error as a sentence, and re-enables the button (error case)", async () => {
    const ops = fakeOps({ insertTemplate: vi.fn(async () => Promise.reject(new Error("工作簿受保护"))) });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    const button = screen.getByRole("button", { name: /插入指标表/ });
    fireEvent.click(button);
    expect((await screen.findByRole("alert")).textContent).toContain("工作簿受保护");
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it("moves between tabs with the arrow keys, Home and End (one tab stop, as an ARIA tablist)", async () => {
    render(<App ops={fakeOps()} displayLanguage="zh-CN" />);
    const first = screen.getByRole("tab", { name: "模板" });
    expect(first.getAttribute("aria-selected")).toBe("true");
    expect(screen.getAllByRole("tab").filter((x) => x.tabIndex === 0)).toEqual([first]);
    fireEvent.keyDown(first, { key: "ArrowRight" });
    const check = screen.getByRole("tab", { name: "检查" });
    expect(check.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(check);
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(check.id);
    await screen.findByRole("button", { name: "检查当前工作表" });
    fireEvent.keyDown(check, { key: "End" });
    expect(screen.getByRole("tab", { name: "导入" }).getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(screen.getByRole("tab", { name: "导入" }), { key: "ArrowRight" });
    expect(document.activeElement).toBe(first);
  });

  it("speaks English when Office's display language is English", () => {
    render(<App ops={fakeOps()} displayLanguage="en-US" />);
    expect(screen.getByRole("tab", { name: "Templates" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Insert indicator sheet/ })).toBeTruthy();
  });

  it("offers no 刷新函数 button (Office.js has no API to refresh the functions' metadata)", () => {
    render(<App ops={fakeOps()} displayLanguage="zh-CN" />);
    expect(screen.queryByRole("button", { name: "刷新函数" })).toBeNull();
  });

  it("keeps a view's message in its view: it does not follow the user to other tabs", async () => {
    render(<App ops={fakeOps()} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("button", { name: /插入指标表/ }));
    await screen.findByText(/已插入工作表/);
    fireEvent.click(screen.getByRole("tab", { name: "汇总" }));
    await screen.findByRole("button", { name: "插入 / 刷新汇总表" });
    expect(screen.queryByText(/已插入工作表/)).toBeNull();
  });

  it.each([
    ["zh-CN", "找不到要操作的工作表或区域"],
    ["en-US", "could not be found"],
  ])("never shows Office's raw error text: an ItemNotFound is a sentence in %s (error case)", async (lang, sentence) => {
    const ops = fakeOps({ insertTemplate: vi.fn(async () => Promise.reject(new FakeOfficeError("ItemNotFound"))) });
    render(<App ops={ops} displayLanguage={lang} />);
    fireEvent.click(screen.getByRole("button", { name: lang === "zh-CN" ? /插入指标表/ : /Insert indicator sheet/ }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(sentence);
    expect(alert.textContent).not.toContain("The requested resource doesn't exist");
  });

  it("puts unexpected errors into words too (no English stack text) (error case)", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const ops = fakeOps({ insertSummary: vi.fn(async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'items')"))) });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "汇总" }));
    fireEvent.click(await screen.findByRole("button", { name: "插入 / 刷新汇总表" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("出现了意外错误");
    expect(alert.textContent).not.toContain("Cannot read");
    spy.mockRestore();
  });

  it("follows the checked sheet by id: a re-check after a rename uses the id and shows the new name", async () => {
    let onEdit: () => void = () => undefined;
    const renamed = { ...summary, sheet: "泰安2019", sheetId: "{7}", findings: summary.findings.map((f) => ({ ...f, sheet: "泰安2019" })) };
    const checkTemplate = vi.fn(async (key: string) => (checkTemplate.mock.calls.length > 1 && key === "{7}" ? renamed : { ...summary, sheetId: "{7}" }));
    const ops = fakeOps({
      checkTemplate,
      watch: vi.fn(async (_key: string, change: () => void) => {
        onEdit = change;
        return async () => undefined;
      }),
    });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查当前工作表" }));
    await screen.findByRole("list", { name: "未达标的指标" });
    expect(ops.watch).toHaveBeenCalledWith("{7}", expect.any(Function), expect.any(Function));
    onEdit();
    await waitFor(() => expect(checkTemplate).toHaveBeenCalledTimes(2), { timeout: 3000 });
    expect(checkTemplate).toHaveBeenLastCalledWith("{7}");
    fireEvent.click(within(screen.getByRole("list", { name: "未达标的指标" })).getByRole("button", { name: /农产品监测合格率/ }));
    await waitFor(() => expect(ops.calls).toContain("select {7}!H10"));
  });

  it("clears the results and says so in Chinese when the checked sheet is deleted (error case)", async () => {
    let onGone: () => void = () => undefined;
    const ops = fakeOps({
      checkTemplate: vi.fn(async () => ({ ...summary, sheetId: "{7}" })),
      watch: vi.fn(async (_key: string, _change: () => void, gone?: () => void) => {
        onGone = gone!;
        return async () => undefined;
      }),
    });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查当前工作表" }));
    await screen.findByRole("list", { name: "未达标的指标" });
    act(() => onGone());
    await screen.findByText(/工作表“泰安”已被删除或已不在此工作簿中，检查结果已清除/);
    expect(screen.queryByRole("list", { name: "未达标的指标" })).toBeNull();
    expect(screen.queryByText("未达标 1")).toBeNull();
  });

  it("clears the results when a click finds the sheet gone (error case)", async () => {
    const ops = fakeOps({ select: vi.fn(async () => Promise.reject(new SheetGoneError("泰安"))) });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查当前工作表" }));
    const list = await screen.findByRole("list", { name: "未达标的指标" });
    fireEvent.click(within(list).getByRole("button", { name: /农产品监测合格率/ }));
    await screen.findByText(/工作表“泰安”已被删除/);
    expect(screen.queryByRole("list", { name: "未达标的指标" })).toBeNull();
  });

  it("stays small with 50,000 rows: decisions once per name, long lists render only what is in view", async () => {
    const many: CheckSummary = {
      ...summary,
      counts: { met: 30000, missed: 20000, nodata: 0, error: 0 },
      findings: Array.from({ length: 20000 }, (_, i) => ({ ...summary.findings[0]!, address: `D${i + 4}` })),
    };
    const decisions = Array.from({ length: 3000 }, (_, i) => ({ text: `某指标${i}`, rows: [i + 3], entryId: null, entryName: null, how: null, candidates: ["农产品监测合格率"] }));
    const detection: UserSheetDetection = {
      sheetName: "大表",
      sheetId: "{2}",
      isTemplate: false,
      table: { headerRow: 2, nameColumn: 1, valueColumn: 3, valueColumns: [], cityGuess: "泰安", firstDataRow: 3, lastDataRow: 50002 },
      headers: [
        { index: 1, letter: "B", text: "指标名称" },
        { index: 3, letter: "D", text: "实际值" },
      ],
      cityGuess: "泰安",
      decisions,
      matchedRows: 47000,
    };
    const ops = fakeOps({ detect: vi.fn(async () => detection), checkUser: vi.fn(async () => many) });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查当前工作表" }));
    const form = await screen.findByRole("form", { name: "确认要检查的列" });
    expect(within(form).getByText("已自动匹配 47000 行。")).toBeTruthy();
    const shown = within(form).getAllByRole("combobox", { name: /某指标/ });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(60);
    expect(within(form).getAllByRole("listitem")[0]!.getAttribute("aria-setsize")).toBe("3000");
    fireEvent.click(within(form).getByRole("button", { name: "检查" }));
    const list = await screen.findByRole("list", { name: "未达标的指标" });
    const items = within(list).getAllByRole("listitem");
    expect(items.length).toBeLessThan(60);
    expect(items[0]!.getAttribute("aria-setsize")).toBe("20000");
    // Scrolling shows later rows.
    const scroller = list.parentElement!;
    scroller.scrollTop = 52 * 10000;
    fireEvent.scroll(scroller);
    expect(within(list).getByRole("button", { name: "转到 农产品监测合格率（D10004）" })).toBeTruthy();
  });

  it("imports a plan: paste, extract, review, save to the workbook; the city then works like a built-in one", async () => {
    const { importedCatalogs, setImportedCatalogs } = await import("../catalog/registry");
    const saved: unknown[] = [];
    const ops = fakeOps({
      saveCatalog: vi.fn(async (c) => void saved.push(c)),
      readCatalogs: vi.fn(async () => ({ catalogs: saved as never[], damaged: [] })),
    });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "导入" }));
    fireEvent.change(await screen.findByRole("textbox", { name: "规划文本" }, { timeout: 15_000 }), {
      target: { value: "示例市人民政府关于质量提升的实施方案\n到2025年，全市产品质量监督抽查合格率达到95%以上，新增专利300件。" },
    });
    expect((screen.getByRole("textbox", { name: "城市名称" }) as HTMLInputElement).value).toBe("示例");
    fireEvent.click(screen.getByRole("button", { name: "提取指标" }));
    await screen.findByText(/提取到 2 个候选指标/);
    // The review is a table: a row opens in place to edit it (more in import/ImportView.test.tsx).
    fireEvent.click(screen.getByRole("button", { name: /新增专利$/ }));
    fireEvent.change(screen.getByRole("textbox", { name: "名称" }), { target: { value: "=新增专利" } });
    fireEvent.click(screen.getByRole("button", { name: /产品质量监督抽查合格率$/ }));
    fireEvent.click(screen.getByRole("button", { name: "删除" }));
    fireEvent.click(screen.getByRole("button", { name: "保存到工作簿" }));
    await screen.findByText(/已保存“示例”的 1 项指标/);
    const c = saved[0] as { city: { name: string }; indicators: { name: string; value: number; unit: string }[] };
    expect(c.city.name).toBe("示例");
    expect(c.indicators).toEqual([expect.objectContaining({ name: "=新增专利", value: 300, unit: "件" })]);
    expect(importedCatalogs().map((x) => x.city.name)).toEqual(["示例"]);
    setImportedCatalogs([]);
  });

  it("shows imported text escaped: markup in a plan is text, never HTML", async () => {
    const ops = fakeOps();
    const { container } = render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "导入" }));
    const evil = '<img src=x onerror="window.__pwned=1">合格率达到95%以上<script>window.__pwned=2</script>';
    fireEvent.change(await screen.findByRole("textbox", { name: "规划文本" }, { timeout: 15_000 }), { target: { value: evil } });
    fireEvent.click(screen.getByRole("button", { name: "提取指标" }));
    await screen.findByText(/提取到 \d+ 个候选指标/);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("main script")).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("reports a damaged catalogue stored in the workbook without breaking the pane (error case)", async () => {
    const ops = fakeOps({ readCatalogs: vi.fn(async () => ({ catalogs: [], damaged: ["工作簿中的第1个导入目录已损坏，已忽略：不是有效的 JSON"] })) });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    expect((await screen.findByRole("alert")).textContent).toContain("已损坏");
    expect(screen.getByRole("button", { name: /插入指标表/ })).toBeTruthy();
    // About the workbook, not a view: it stays across tabs until the user closes it.
    fireEvent.click(screen.getByRole("tab", { name: "对比" }));
    expect(screen.getByRole("alert").textContent).toContain("已损坏");
    fireEvent.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("grades a progress sheet: statuses with trend charts, and marks behind and overdue cells", async () => {
    const ops = fakeOps();
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "进度" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查当前进度表" }));
    await screen.findByText("进度滞后 1");
    expect(screen.getByText("逾期未达 1")).toBeTruthy();
    expect(screen.getByRole("img", { name: "农产品监测合格率 进度滞后" })).toBeTruthy();
    // Values carry their unit: never a bare "期限推算 96".
    expect(screen.getByText("目标 ≥98% · 应达 97% · 期限推算 96%")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "标记滞后与逾期" }));
    await screen.findByText(/已标记 2 处/);
    expect(ops.calls).toContain("mark behind K11 overdue J12");
  });

  it("compares a measure across cities and says where definitions differ", async () => {
    const ops = fakeOps();
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "对比" }));
    fireEvent.change(await screen.findByRole("combobox", { name: "指标（概念）" }), { target: { value: "good-air-days" } });
    expect(screen.getByText(/单位或口径不同/)).toBeTruthy();
    fireEvent.click(await screen.findByRole("button", { name: "插入对比表" }));
    await screen.findByText(/已插入“对比-污水处理率”/);
  });

  it("says when a sheet called 汇总 is not ours and was left alone", async () => {
    const ops = fakeOps({ insertSummary: vi.fn(async () => ({ sheetName: "汇总 (2)", cities: ["泰安"], replaced: false, kept: "汇总" })) });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "汇总" }));
    fireEvent.click(await screen.findByRole("button", { name: "插入 / 刷新汇总表" }));
    await screen.findByText(/工作表“汇总”不是本加载项生成的汇总表，已原样保留；新的汇总表为“汇总 \(2\)”/);
  });

  it("inserts the summary sheet", async () => {
    const ops = fakeOps();
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "汇总" }));
    fireEvent.click(await screen.findByRole("button", { name: "插入 / 刷新汇总表" }));
    await screen.findByText(/已更新“汇总”：泰安/);
  });
});
