// @vitest-environment jsdom
import "../../../test/support/jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { StoredCatalog } from "../../catalog/custom";
import { setImportedCatalogs } from "../../catalog/registry";
import { Pane, stringsFor } from "../context";
import type { ExcelOps } from "../ops";
import { ImportView } from "./ImportView";
import { PAGE_SIZE } from "./useReviewTable";

afterEach(() => {
  cleanup();
  setImportedCatalogs([]);
});

/** The workbook as the import view sees it: catalogues saved are read back. */
function renderImport(lang = "zh-CN") {
  const saved: StoredCatalog[] = [];
  const ops = {
    readCatalogs: vi.fn(async () => ({ catalogs: [...saved], damaged: [] })),
    saveCatalog: vi.fn(async (c: StoredCatalog) => void saved.push(c)),
    removeCatalog: vi.fn(async () => true),
    saveFile: vi.fn(),
  } as unknown as ExcelOps;
  render(
    <FluentProvider theme={webLightTheme}>
      <Pane.Provider value={{ ops, t: stringsFor(lang) }}>
        <ImportView />
      </Pane.Provider>
    </FluentProvider>,
  );
  return { saved, ops };
}

const NOUNS = ["产品", "食品", "药品", "农产品", "建材", "服装", "家电", "玩具", "化妆品", "饲料", "化肥", "种子", "电线", "钢材", "水泥"];
/** A 十四五-sized plan: 150 numeric targets under one 主要目标 paragraph. */
function bigPlan(n = 150): string {
  const lines = ["丙市质量强市建设规划", "到2025年，主要目标："];
  for (let i = 0; i < n; i++) lines.push(`${NOUNS[i % 15]}第${Math.floor(i / 15) + 1}批抽检合格率达到${90 + (i % 9)}%以上。`);
  return lines.join("\n");
}

const SMALL = [
  "丁市质量提升行动方案",
  "到2025年，主要目标：",
  "全市产品质量监督抽查合格率达到95%以上。",
  "新增专利300件。",
  "重点行业产品质量水平逐步提升。",
  "农产品质量安全监测达标。",
].join("\n");

async function pasteAndExtract(text: string) {
  fireEvent.change(screen.getByRole("textbox", { name: "规划文本" }), { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: "提取指标" }));
  await screen.findByText(/提取到 \d+ 个候选指标/);
  return screen.getByRole("table", { name: "候选指标" });
}

/** The candidate rows of the review table (the header row and an open editor's row left out). */
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .filter((r) => within(r).queryByRole("group") === null);
const nameButton = (name: string) => screen.getByRole("button", { name: new RegExp(`^\\S?\\s*${name}$`) });
const save = async () => {
  fireEvent.click(screen.getByRole("button", { name: "保存到工作簿" }));
  await screen.findByText(/已保存“丁”的|已保存“丙”的|需修改后才能保存|没有采用任何指标|请填写规划名称/);
};

describe("the 导入 review at plan size", () => {
  it("shows 150 candidates as a paged table: counts, one page of dense rows in the DOM, the next page on request", async () => {
    renderImport();
    const table = await pasteAndExtract(bigPlan(150));
    expect(screen.getByText("共 150 项 · 已采用 150 项 · 低置信度 0 项")).toBeTruthy();
    // Only one page is rendered, whatever the plan's size.
    expect(bodyRows(table)).toHaveLength(PAGE_SIZE);
    expect(screen.getByText(`第 1/${Math.ceil(150 / PAGE_SIZE)} 页`)).toBeTruthy();
    // A dense row: 采用, name, the target as people read it, the year, the confidence.
    const first = bodyRows(table)[0]!;
    expect(within(first).getByRole("checkbox", { name: "采用“产品第1批抽检合格率”" })).toBeTruthy();
    expect(within(first).getByText("≥90%")).toBeTruthy();
    expect(within(first).getByText("2025")).toBeTruthy();
    expect(within(first).getByText("0.90")).toBeTruthy();
    // No editor is open: editing fields appear only for an opened row.
    expect(screen.queryAllByRole("textbox", { name: "名称" })).toHaveLength(0);
    fireEvent.click(screen.getByRole("button", { name: "下一页" }));
    expect(screen.getByText(`第 2/${Math.ceil(150 / PAGE_SIZE)} 页`)).toBeTruthy();
    expect(within(bodyRows(table)[0]!).getByText("服装第2批抽检合格率")).toBeTruthy(); // the 21st target opens page 2
    expect(within(table).queryByText(/^产品第1批抽检合格率$/)).toBeNull();
    for (let i = 0; i < 10; i++) fireEvent.click(screen.getByRole("button", { name: "下一页" }));
    expect(bodyRows(table)).toHaveLength(150 - 7 * PAGE_SIZE);
    expect((screen.getByRole("button", { name: "下一页" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("filters low-confidence and not-yet-used rows, and uses every filtered row at once", async () => {
    const { saved } = renderImport();
    const table = await pasteAndExtract(SMALL);
    expect(screen.getByText("共 4 项 · 已采用 2 项 · 低置信度 2 项")).toBeTruthy();
    const filter = screen.getByRole("combobox", { name: "显示" });
    fireEvent.change(filter, { target: { value: "low" } });
    expect(bodyRows(table).map((r) => within(r).getAllByRole("button")[0]!.textContent)).toEqual(["▸重点行业产品质量水平", "▸农产品质量安全监测"]);
    fireEvent.change(filter, { target: { value: "pending" } });
    expect(bodyRows(table)).toHaveLength(2);
    // Select-all acts on the filtered rows only, and they leave the 未采用 view once used.
    fireEvent.change(filter, { target: { value: "low" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "采用筛选出的全部 2 项" }));
    expect(screen.getByText("共 4 项 · 已采用 4 项 · 低置信度 2 项")).toBeTruthy();
    fireEvent.change(filter, { target: { value: "pending" } });
    expect(screen.getByText("没有符合筛选条件的指标。")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "城市名称" }), { target: { value: "丁市" } });
    await save();
    expect(saved[0]!.indicators.map((e) => e.name)).toEqual(["产品质量监督抽查合格率", "新增专利", "重点行业产品质量水平", "农产品质量安全监测"]);
  });

  it("finds targets by name or sentence among 150, and acts on just those", async () => {
    renderImport();
    const table = await pasteAndExtract(bigPlan(150));
    fireEvent.change(screen.getByRole("searchbox", { name: "查找指标" }), { target: { value: "水泥" } });
    expect(bodyRows(table)).toHaveLength(10);
    expect(screen.queryByRole("navigation", { name: "翻页" })).toBeNull();
    fireEvent.click(screen.getByRole("checkbox", { name: "采用筛选出的全部 10 项" }));
    expect(screen.getByText("共 150 项 · 已采用 140 项 · 低置信度 0 项")).toBeTruthy();
    // Combined with a filter: the not-yet-used 水泥 rows.
    fireEvent.change(screen.getByRole("searchbox", { name: "查找指标" }), { target: { value: "第3批" } });
    fireEvent.change(screen.getByRole("combobox", { name: "显示" }), { target: { value: "pending" } });
    expect(bodyRows(table).map((r) => within(r).getAllByRole("button")[0]!.textContent)).toEqual(["▸水泥第3批抽检合格率"]);
  });

  it("accepts row by row: only ticked rows are saved", async () => {
    const { saved } = renderImport();
    await pasteAndExtract(SMALL);
    fireEvent.click(screen.getByRole("checkbox", { name: "采用“新增专利”" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "采用“农产品质量安全监测”" }));
    fireEvent.change(screen.getByRole("textbox", { name: "城市名称" }), { target: { value: "丁" } });
    await save();
    expect(saved[0]!.indicators.map((e) => e.name)).toEqual(["产品质量监督抽查合格率", "农产品质量安全监测"]);
    expect(saved[0]!.city.plan.title).toBe("丁市质量提升行动方案");
  });

  it("edits a row in place: fields, the target shown in the row, and the sentence in its context", async () => {
    const { saved } = renderImport();
    const table = await pasteAndExtract(SMALL);
    fireEvent.click(nameButton("新增专利"));
    const editor = screen.getByRole("group", { name: "编辑“新增专利”" });
    expect(within(editor).getByRole("figure", { name: "原文上下文" }).querySelector("mark")!.textContent).toBe("新增专利300件");
    fireEvent.change(within(editor).getByRole("textbox", { name: "名称" }), { target: { value: "=新增发明专利" } });
    fireEvent.change(within(editor).getByRole("combobox", { name: "比较" }), { target: { value: "range" } });
    fireEvent.change(within(editor).getByRole("textbox", { name: "目标值" }), { target: { value: "300" } });
    fireEvent.change(within(editor).getByRole("textbox", { name: "上限" }), { target: { value: "350" } });
    fireEvent.change(within(editor).getByRole("textbox", { name: "类别" }), { target: { value: "科技创新" } });
    expect(within(bodyRows(table)[1]!).getByText("300—350件")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "城市名称" }), { target: { value: "丁" } });
    await save();
    expect(saved[0]!.indicators[1]).toEqual(expect.objectContaining({ name: "=新增发明专利", comparator: "range", value: 300, valueMax: 350, unit: "件", category: "科技创新", deadline: 2025 }));
  });

  it("splits a row into two targets, the copy opened for editing", async () => {
    const { saved } = renderImport();
    const table = await pasteAndExtract(SMALL);
    fireEvent.click(nameButton("新增专利"));
    fireEvent.click(screen.getByRole("button", { name: "拆分" }));
    const editor = screen.getByRole("group", { name: "编辑“新增专利（2）”" });
    fireEvent.change(within(editor).getByRole("textbox", { name: "名称" }), { target: { value: "新增商标" } });
    fireEvent.change(within(editor).getByRole("textbox", { name: "目标值" }), { target: { value: "200" } });
    expect(bodyRows(table).filter((r) => r.textContent?.includes("新增"))).toHaveLength(2);
    fireEvent.change(screen.getByRole("textbox", { name: "城市名称" }), { target: { value: "丁" } });
    await save();
    expect(saved[0]!.indicators.filter((e) => e.quote === "新增专利300件").map((e) => [e.name, e.value])).toEqual([
      ["新增专利", 300],
      ["新增商标", 200],
    ]);
  });

  it("merges a row into the one above: one target whose quote spans both", async () => {
    const { saved } = renderImport();
    await pasteAndExtract(SMALL);
    fireEvent.click(nameButton("新增专利"));
    const merge = screen.getByRole("button", { name: "与上一项合并" });
    expect(merge.getAttribute("title")).toBe("与上一项“产品质量监督抽查合格率”合并");
    fireEvent.click(merge);
    expect(screen.getByText(/^共 3 项/)).toBeTruthy();
    const editor = screen.getByRole("group", { name: "编辑“产品质量监督抽查合格率”" });
    expect(within(editor).getByRole("figure").querySelector("mark")!.textContent).toBe("全市产品质量监督抽查合格率达到95%以上。\n新增专利300件");
    fireEvent.change(screen.getByRole("textbox", { name: "城市名称" }), { target: { value: "丁" } });
    await save();
    expect(saved[0]!.indicators.map((e) => [e.name, e.quote])).toEqual([["产品质量监督抽查合格率", "全市产品质量监督抽查合格率达到95%以上。\n新增专利300件"]]);
  });

  it("deletes a row", async () => {
    renderImport();
    const table = await pasteAndExtract(SMALL);
    fireEvent.click(nameButton("新增专利"));
    fireEvent.click(within(screen.getByRole("group", { name: "编辑“新增专利”" })).getByRole("button", { name: "删除" }));
    expect(bodyRows(table)).toHaveLength(3);
    expect(within(table).queryByText("新增专利")).toBeNull();
    expect(screen.getByText(/^共 3 项/)).toBeTruthy();
  });

  it("adds targets from a selection in the shown plan, or a row to fill in; says so when nothing is selected", async () => {
    const { saved } = renderImport();
    const text = `${SMALL}\n力争建成省级质量标杆企业8家。\n推动质量基础设施一站式服务。`;
    const table = await pasteAndExtract(text);
    const before = bodyRows(table).length;
    const add = screen.getByRole("button", { name: "添加选中文字" });
    fireEvent.click(add);
    expect(screen.getByRole("alert").textContent).toContain("请先在下方规划原文中选中一段文字");

    const pre = screen.getByLabelText(/规划原文/);
    const select = (piece: string) => {
      const start = text.indexOf(piece);
      const range = document.createRange();
      range.setStart(pre.firstChild!, start);
      range.setEnd(pre.firstChild!, start + piece.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    };
    // A passage with a target the rules did not take: read from the selection, opened, in document order.
    select("推动质量基础设施一站式服务");
    fireEvent.click(add);
    expect(bodyRows(table).length).toBe(before + 1);
    const editor = screen.getByRole("group", { name: /^编辑“推动质量基础设施一站式服务/ });
    expect(within(editor).getByRole("figure").querySelector("mark")!.textContent).toBe("推动质量基础设施一站式服务");
    fireEvent.change(within(editor).getByRole("textbox", { name: "名称" }), { target: { value: "质量基础设施一站式服务" } });
    fireEvent.change(within(editor).getByRole("textbox", { name: "目标值" }), { target: { value: "全覆盖" } });
    fireEvent.change(screen.getByRole("textbox", { name: "城市名称" }), { target: { value: "丁" } });
    await save();
    const added = saved[0]!.indicators.find((e) => e.name === "质量基础设施一站式服务")!;
    expect(added).toEqual(expect.objectContaining({ comparator: "qualitative", value: "全覆盖", quote: "推动质量基础设施一站式服务" }));
    expect(added.source.offset).toBe(text.indexOf("推动质量基础设施一站式服务"));
  });

  it("reads a selected target in its context (the year of its list), and never lists it twice", async () => {
    renderImport();
    const text = "丁市质量提升行动方案\n到2025年，主要目标：\n全市产品质量监督抽查合格率达到95%以上。\n重点工业产品合格率达到97%。";
    const table = await pasteAndExtract(text);
    // Deleted by mistake …
    fireEvent.click(nameButton("重点工业产品合格率"));
    fireEvent.click(screen.getByRole("button", { name: "删除" }));
    expect(bodyRows(table)).toHaveLength(1);
    // … and added back from the plan text, with the deadline its list gives.
    const pre = screen.getByLabelText(/规划原文/);
    const piece = "重点工业产品合格率达到97%";
    const selectPiece = () => {
      const range = document.createRange();
      range.setStart(pre.firstChild!, text.indexOf(piece));
      range.setEnd(pre.firstChild!, text.indexOf(piece) + piece.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    };
    selectPiece();
    fireEvent.click(screen.getByRole("button", { name: "添加选中文字" }));
    expect(screen.getByText("已从选中文字添加 1 项。")).toBeTruthy();
    const row = bodyRows(table).find((r) => r.textContent?.includes("重点工业产品合格率"))!;
    expect(within(row).getByText("≥97%")).toBeTruthy();
    expect(within(row).getByText("2025")).toBeTruthy();
    // Selecting it again opens the row instead of adding a copy.
    fireEvent.click(nameButton("重点工业产品合格率")); // close it
    selectPiece();
    fireEvent.click(screen.getByRole("button", { name: "添加选中文字" }));
    expect(screen.getByText(/已在列表中/)).toBeTruthy();
    expect(bodyRows(table)).toHaveLength(2);
    expect(screen.getByRole("group", { name: "编辑“重点工业产品合格率”" })).toBeTruthy();
  });

  it("carries milestones, baseline and attribute from the table row into the stored catalogue", async () => {
    const { saved } = renderImport();
    const text = [
      "丁市“十四五”质量强市规划",
      "主要指标",
      "指标 | 单位 | 2020年(基期) | 2023年目标 | 2025年目标 | 属性",
      "产品质量合格率 | % | 93 | 94 | 95 | 预期性",
      "万人发明专利拥有量 | 件 | 10 | 12 | 15 | 约束性",
    ].join("\n");
    await pasteAndExtract(text);
    fireEvent.click(nameButton("产品质量合格率"));
    const editor = screen.getByRole("group", { name: "编辑“产品质量合格率”" });
    // What the extractor read is shown; the user can add or correct it.
    expect((within(editor).getByRole("textbox", { name: /基线/ }) as HTMLInputElement).value).toBe("2020：93");
    expect((within(editor).getByRole("combobox", { name: "属性" }) as HTMLSelectElement).value).toBe("预期性");
    const milestones = within(editor).getByRole("textbox", { name: /里程碑/ }) as HTMLInputElement;
    expect(milestones.value).toBe("2023：94");
    // … and edits them: a 2024 step the table did not state.
    fireEvent.change(milestones, { target: { value: "2023：94；2024：94.5" } });
    fireEvent.change(screen.getByRole("textbox", { name: "城市名称" }), { target: { value: "丁" } });
    await save();
    expect(saved[0]!.city.plan.title).toBe("丁市“十四五”质量强市规划");
    expect(saved[0]!.indicators[0]).toEqual(
      expect.objectContaining({ name: "产品质量合格率", value: 95, deadline: 2025, milestones: [{ year: 2023, value: 94 }, { year: 2024, value: 94.5 }], baseline: { year: 2020, value: 93 }, attribute: "预期性" }),
    );
    // The row nobody opened keeps what the extractor read.
    expect(saved[0]!.indicators[1]).toEqual(expect.objectContaining({ milestones: [{ year: 2023, value: 12 }], baseline: { year: 2020, value: 10 }, attribute: "约束性" }));
  });

  it("refuses to save a row it cannot read, opens it and says why (error case)", async () => {
    const { saved } = renderImport();
    const table = await pasteAndExtract(bigPlan(45));
    // The 45th row is on the last page; break its milestones from the first page's view by turning to it.
    fireEvent.click(screen.getByRole("button", { name: "下一页" }));
    fireEvent.click(screen.getByRole("button", { name: "下一页" }));
    fireEvent.click(nameButton("水泥第3批抽检合格率"));
    fireEvent.change(screen.getByRole("textbox", { name: /里程碑/ }), { target: { value: "2030：99" } });
    fireEvent.click(nameButton("水泥第3批抽检合格率")); // closed again
    fireEvent.click(screen.getByRole("button", { name: "上一页" }));
    fireEvent.click(screen.getByRole("button", { name: "上一页" }));
    fireEvent.change(screen.getByRole("textbox", { name: "城市名称" }), { target: { value: "丙" } });
    await save();
    expect(saved).toHaveLength(0);
    expect(screen.getByRole("alert").textContent).toContain("有 1 项需修改后才能保存");
    expect(screen.getByRole("alert").textContent).toContain("里程碑应早于期限 2025 年");
    // The row is opened on its page.
    expect(screen.getByRole("group", { name: "编辑“水泥第3批抽检合格率”" })).toBeTruthy();
    expect(screen.getByText("第 3/3 页")).toBeTruthy();
    expect(bodyRows(table).length).toBeGreaterThan(0);
  });

  it("moves between rows with the arrow keys and closes an editor with Escape, back on its row", async () => {
    renderImport();
    const table = await pasteAndExtract(SMALL);
    const names = within(table).getAllByRole("button").filter((b) => b.dataset.nav === "name");
    names[0]!.focus();
    fireEvent.keyDown(names[0]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(names[1]);
    const boxes = within(table).getAllByRole("checkbox").filter((b) => b.dataset.nav === "accept");
    boxes[2]!.focus();
    fireEvent.keyDown(boxes[2]!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(boxes[1]);
    fireEvent.click(names[1]!);
    expect(names[1]!.getAttribute("aria-expanded")).toBe("true");
    const input = within(screen.getByRole("group", { name: "编辑“新增专利”" })).getByRole("textbox", { name: "名称" });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(screen.queryByRole("group", { name: "编辑“新增专利”" })).toBeNull();
    await act(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    expect(document.activeElement).toBe(nameButton("新增专利"));
  });

  it("turns pages with PageDown and PageUp from a row", async () => {
    renderImport();
    const table = await pasteAndExtract(bigPlan(45));
    const firstName = () => within(table).getAllByRole("button").find((b) => b.dataset.nav === "name")!;
    fireEvent.keyDown(firstName(), { key: "PageDown" });
    expect(screen.getByText("第 2/3 页")).toBeTruthy();
    await act(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    expect(document.activeElement).toBe(firstName());
    expect(firstName().textContent).toContain("服装第2批抽检合格率");
    fireEvent.keyDown(firstName(), { key: "PageUp" });
    expect(screen.getByText("第 1/3 页")).toBeTruthy();
  });

  it("never fills 规划名称 with a sentence, and keeps what the user typed", async () => {
    renderImport();
    const box = screen.getByRole("textbox", { name: "规划文本" });
    const title = () => (screen.getByRole("textbox", { name: "规划名称" }) as HTMLInputElement).value;
    fireEvent.change(box, { target: { value: "到2020年，全市农产品监测合格率稳定在98%以上。" } });
    expect(title()).toBe("");
    fireEvent.change(box, { target: { value: "戊市人民政府关于印发戊市质量发展规划的通知\n到2025年，……" } });
    expect(title()).toBe("戊市质量发展规划");
    fireEvent.change(screen.getByRole("textbox", { name: "规划名称" }), { target: { value: "我的规划" } });
    fireEvent.change(box, { target: { value: "己市质量提升行动方案\n……" } });
    expect(title()).toBe("我的规划");
  });

  it("keeps a review in progress while the user looks at another tab", async () => {
    const ops = { readCatalogs: vi.fn(async () => ({ catalogs: [], damaged: [] })), saveCatalog: vi.fn(), saveFile: vi.fn() } as unknown as ExcelOps;
    const pane = (show: boolean) => (
      <FluentProvider theme={webLightTheme}>
        <Pane.Provider value={{ ops, t: stringsFor("zh-CN") }}>{show ? <ImportView /> : <p>模板</p>}</Pane.Provider>
      </FluentProvider>
    );
    const { rerender } = render(pane(true));
    await pasteAndExtract(SMALL);
    fireEvent.click(screen.getByRole("checkbox", { name: "采用“新增专利”" }));
    fireEvent.change(screen.getByRole("textbox", { name: "城市名称" }), { target: { value: "丁" } });
    fireEvent.click(nameButton("产品质量监督抽查合格率"));
    rerender(pane(false));
    expect(screen.queryByRole("table")).toBeNull();
    rerender(pane(true));
    expect(screen.getByText("共 4 项 · 已采用 1 项 · 低置信度 2 项")).toBeTruthy();
    expect((screen.getByRole("textbox", { name: "城市名称" }) as HTMLInputElement).value).toBe("丁");
    expect(screen.getByRole("group", { name: "编辑“产品质量监督抽查合格率”" })).toBeTruthy();
  });

  it("asks for the plan's title rather than making one up (error case)", async () => {
    const { saved } = renderImport();
    await pasteAndExtract("到2025年，全市产品质量监督抽查合格率达到95%以上。");
    fireEvent.change(screen.getByRole("textbox", { name: "城市名称" }), { target: { value: "丁" } });
    await save();
    expect(screen.getByRole("alert").textContent).toBe("请填写规划名称：它是用这份规划生成的指标表的标题。");
    expect(saved).toHaveLength(0);
    fireEvent.change(screen.getByRole("textbox", { name: "规划名称" }), { target: { value: "丁市质量工作要点" } });
    await save();
    expect(saved[0]!.city.plan.title).toBe("丁市质量工作要点");
  });

  it("refuses text far larger than a plan, with the reason (error case)", () => {
    renderImport();
    fireEvent.change(screen.getByRole("textbox", { name: "规划文本" }), { target: { value: "达".repeat(1_000_001) } });
    expect(screen.getByRole("alert").textContent).toBe("文本有 1000001 个字符，超过 1000000，不像是一份规划文本");
    expect((screen.getByRole("button", { name: "提取指标" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("asks before dropping a review for another plan", async () => {
    renderImport();
    await pasteAndExtract(SMALL);
    fireEvent.click(screen.getByRole("button", { name: "换一份规划" }));
    expect(screen.getByText(/会放弃当前 4 项的审核/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    expect(screen.getByRole("table", { name: "候选指标" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "换一份规划" }));
    fireEvent.click(screen.getByRole("button", { name: "放弃并换一份" }));
    expect(screen.queryByRole("table")).toBeNull();
    expect((screen.getByRole("textbox", { name: "规划文本" }) as HTMLTextAreaElement).value).toBe("");
  });

  it("opens a GB18030 plan through the real reader: the encoding note, the title and the targets", async () => {
    const iconv = await import("iconv-lite");
    const plan = "辛集市人民政府关于印发辛集市质量发展规划的通知\n各区：\n到2025年，全市产品质量监督抽查合格率达到95%以上。";
    const bytes = new Uint8Array(iconv.encode(plan, "gb18030"));
    renderImport();
    const input = screen.getByLabelText("打开文件（.txt / .docx / .pdf）", { selector: "input" });
    // jsdom's File has no arrayBuffer(); the browser's has.
    const file = Object.assign(new File([bytes], "规划.txt"), { arrayBuffer: async () => bytes.buffer });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText(/按 GB18030/)).toBeTruthy();
    expect((screen.getByRole("textbox", { name: "规划名称" }) as HTMLInputElement).value).toBe("辛集市质量发展规划");
    expect((screen.getByRole("textbox", { name: "城市名称" }) as HTMLInputElement).value).toBe("辛集");
    fireEvent.click(screen.getByRole("button", { name: "提取指标" }));
    await screen.findByText(/提取到 1 个候选指标/);
    expect(within(screen.getByRole("table", { name: "候选指标" })).getByText("≥95%")).toBeTruthy();
  });

  it("speaks English where Office does", async () => {
    renderImport("en-US");
    expect(screen.getByRole("button", { name: "Open a file (.txt / .docx / .pdf)" })).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "Plan text" }), { target: { value: SMALL } });
    fireEvent.click(screen.getByRole("button", { name: "Extract targets" }));
    await screen.findByRole("table", { name: "Candidate targets" });
    expect(screen.getByText("4 in all · 2 used · 2 low confidence")).toBeTruthy();
  });
});
