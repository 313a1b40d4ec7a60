// @vitest-environment jsdom
import "../../test/support/jsdom-shims";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CheckSummary, UserSheetDetection } from "../excel";
import { App } from "./App";
import type { ExcelOps } from "./ops";

afterEach(cleanup);

const summary: CheckSummary = {
  sheet: "泰安",
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
    detect: vi.fn(async (): Promise<UserSheetDetection> => ({ sheetName: "泰安", isTemplate: true, table: null, headers: [], cityGuess: null, matches: [] })),
    checkTemplate: vi.fn(async () => summary),
    checkUser: vi.fn(async () => summary),
    highlight: vi.fn(async (_s: string, a: string[]) => {
      calls.push(`highlight ${a.join(",")}`);
      return a.length;
    }),
    clearMarks: vi.fn(async () => 1),
    select: vi.fn(async (s: string, a: string) => void calls.push(`select ${s}!${a}`)),
    insertSummary: vi.fn(async () => ({ sheetName: "汇总", cities: ["泰安"] })),
    watch: vi.fn(async () => async () => undefined),
    refreshFunctions: vi.fn(async () => false),
    readCatalogs: vi.fn(async () => ({ catalogs: [], damaged: [] })),
    saveCatalog: vi.fn(async () => undefined),
    removeCatalog: vi.fn(async () => true),
    saveFile: vi.fn(),
    insertProgress: vi.fn(async (c: string) => ({ sheetName: `${c}进度` })),
    checkProgress: vi.fn(async () => ({
      sheetName: "泰安进度",
      findings: [
        { sheet: "泰安进度", address: "K11", indicatorId: "ta-1", indicatorName: "农产品监测合格率", target: "≥98%", unit: "%", status: "behind" as const, projected: 0.96, series: [{ year: 2018, value: 0.9 }, { year: 2019, value: 0.92 }], note: null },
        { sheet: "泰安进度", address: "J12", indicatorId: "ta-2", indicatorName: "食品抽检合格率", target: "≥96%", unit: "%", status: "overdue" as const, projected: null, series: [{ year: 2018, value: 0.9 }], note: null },
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
    fireEvent.click(screen.getByRole("button", { name: "检查当前工作表" }));
    const list = await screen.findByRole("list", { name: "未达标的指标" });
    expect(within(list).getAllByRole("button")).toHaveLength(1);
    expect(screen.getByText("未达标 1")).toBeTruthy();
    expect(screen.getByText("达标 3")).toBeTruthy();
    fireEvent.click(within(list).getByRole("button", { name: /农产品监测合格率/ }));
    await waitFor(() => expect(ops.calls).toContain("select 泰安!H10"));
    expect(ops.watch).toHaveBeenCalledWith("泰安", expect.any(Function));
  });

  it("marks the misses and clears marks", async () => {
    const ops = fakeOps();
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(screen.getByRole("button", { name: "检查当前工作表" }));
    fireEvent.click(await screen.findByRole("button", { name: "标记未达标" }));
    await screen.findByText(/已标记 1 处/);
    expect(ops.calls).toContain("highlight H10");
    fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    await screen.findByText(/已清除 1 条标记/);
  });

  it("asks to confirm city and columns for a user's own sheet, then checks with the corrections", async () => {
    const detection: UserSheetDetection = {
      sheetName: "我的表",
      isTemplate: false,
      table: { headerRow: 2, nameColumn: 1, valueColumn: 3, valueColumns: [{ index: 3, header: "实际值" }], cityGuess: "泰安", firstDataRow: 3, lastDataRow: 5 },
      headers: [
        { index: 0, letter: "A", text: "序号" },
        { index: 1, letter: "B", text: "指标名称" },
        { index: 2, letter: "C", text: "目标" },
        { index: 3, letter: "D", text: "实际值" },
      ],
      cityGuess: "泰安",
      matches: [{ row: 3, text: "农产品检测合格率", entryId: null, entryName: null, how: null, candidates: ["农产品监测合格率", "食品抽检合格率"] }],
    };
    const checkUser = vi.fn(async () => summary);
    const ops = fakeOps({ detect: vi.fn(async () => detection), checkUser });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(screen.getByRole("button", { name: "检查当前工作表" }));
    const form = await screen.findByRole("form", { name: "确认要检查的列" });
    expect((within(form).getByRole("combobox", { name: "实际值列" }) as HTMLSelectElement).value).toBe("3");
    const pick = within(form).getByRole("combobox", { name: /农产品检测合格率/ }) as HTMLSelectElement;
    const option = [...pick.options].find((o) => o.text === "农产品监测合格率")!;
    fireEvent.change(pick, { target: { value: option.value } });
    fireEvent.click(within(form).getByRole("button", { name: "检查" }));
    await screen.findByRole("list", { name: "未达标的指标" });
    expect(checkUser).toHaveBeenCalledWith(expect.objectContaining({ sheetName: "我的表", cityName: "泰安", nameColumn: 1, valueColumn: 3, overrides: { 3: option.value } }));
  });

  it("says so when the sheet has no indicator table (error case)", async () => {
    const ops = fakeOps({ detect: vi.fn(async () => ({ sheetName: "x", isTemplate: false, table: null, headers: [], cityGuess: null, matches: [] })) });
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    fireEvent.click(screen.getByRole("button", { name: "检查当前工作表" }));
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

  it("speaks English when Office's display language is English", () => {
    render(<App ops={fakeOps()} displayLanguage="en-US" />);
    expect(screen.getByRole("tab", { name: "Templates" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Insert indicator sheet/ })).toBeTruthy();
  });

  it("explains when functions cannot be refreshed from the pane", async () => {
    render(<App ops={fakeOps()} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("button", { name: "刷新函数" }));
    await screen.findByText(/关闭工作簿后重新打开/);
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
    fireEvent.change(await screen.findByRole("textbox", { name: "规划文本" }), {
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
    fireEvent.change(await screen.findByRole("textbox", { name: "规划文本" }), { target: { value: evil } });
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
  });

  it("grades a progress sheet: statuses with trend charts, and marks behind and overdue cells", async () => {
    const ops = fakeOps();
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "进度" }));
    fireEvent.click(screen.getByRole("button", { name: "检查当前进度表" }));
    await screen.findByText("进度滞后 1");
    expect(screen.getByText("逾期未达 1")).toBeTruthy();
    expect(screen.getByRole("img", { name: "农产品监测合格率 进度滞后" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "标记滞后与逾期" }));
    await screen.findByText(/已标记 2 处/);
    expect(ops.calls).toContain("mark behind K11 overdue J12");
  });

  it("compares a measure across cities and says where definitions differ", async () => {
    const ops = fakeOps();
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "对比" }));
    fireEvent.change(screen.getByRole("combobox", { name: "指标（概念）" }), { target: { value: "good-air-days" } });
    expect(screen.getByText(/单位或口径不同/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "插入对比表" }));
    await screen.findByText(/已插入“对比-污水处理率”/);
  });

  it("inserts the summary sheet", async () => {
    const ops = fakeOps();
    render(<App ops={ops} displayLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("tab", { name: "汇总" }));
    fireEvent.click(screen.getByRole("button", { name: "插入 / 刷新汇总表" }));
    await screen.findByText(/已更新“汇总”：泰安/);
  });
});
