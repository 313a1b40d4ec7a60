// @vitest-environment jsdom
import "../../../test/support/jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { builtinIndex } from "../../catalog";
import { consolidate } from "../../report/consolidate";
import { Pane, stringsFor } from "../context";
import type { ExcelOps } from "../ops";
import { MergeView } from "./MergeView";

afterEach(cleanup);

const index = builtinIndex();
const entry = index.indicators(index.cities().find((c) => c.name === "泰安")!)[0]!;

function file(name: string, bytes = new Uint8Array([80, 75, 3, 4])) {
  // jsdom's File has no arrayBuffer(); the browser's has.
  return Object.assign(new File([bytes], name), { arrayBuffer: async () => bytes.buffer });
}

function setup(lang = "zh-CN") {
  const seen: { name: string; bytes: Uint8Array }[][] = [];
  const report = consolidate(
    [
      { file: "a.xlsx", fields: {}, findings: [{ file: "a.xlsx", sheet: "泰安", cell: "I5", city: "泰安", indicator: entry.name, target: "", actual: 1, status: "达标", gap: 0 }], problems: [], error: null },
      { file: "坏.xlsx", fields: {}, findings: [], problems: [], error: "坏.xlsx 已损坏，无法读取" },
    ],
    index,
  );
  const ops = {
    consolidate: vi.fn(async (files: { name: string; bytes: Uint8Array }[], onProgress?: (d: number, t: number) => void) => {
      seen.push(files);
      files.forEach((_, i) => onProgress?.(i + 1, files.length));
      return report;
    }),
    insertReport: vi.fn(async () => ({ sheets: ["汇总 (2)", "明细"] })),
  } as unknown as ExcelOps;
  render(
    <FluentProvider theme={webLightTheme}>
      <Pane.Provider value={{ ops, t: stringsFor(lang) }}>
        <MergeView />
      </Pane.Provider>
    </FluentProvider>,
  );
  return { ops, seen };
}

describe("合并", () => {
  it("reads the picked returns, inserts the report and says what it holds, bad files included", async () => {
    const { ops, seen } = setup();
    const input = screen.getByLabelText("选择填报文件（.xlsx，可多选）", { selector: "input" });
    fireEvent.change(input, { target: { files: [file("a.xlsx"), file("坏.xlsx"), file("说明.docx"), file("~$a.xlsx")] } });
    expect(screen.getByText("已选 2 个文件")).toBeTruthy();
    expect(screen.getByText("已跳过不是 .xlsx 的文件：说明.docx、~$a.xlsx")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "合并并插入报告" }));
    await waitFor(() => expect(ops.insertReport).toHaveBeenCalledTimes(1));
    expect(seen[0]!.map((f) => [f.name, [...f.bytes]])).toEqual([
      ["a.xlsx", [80, 75, 3, 4]],
      ["坏.xlsx", [80, 75, 3, 4]],
    ]);
    expect(await screen.findByText(/已插入报告（汇总 \(2\)、明细）：2 个文件，1 行指标/)).toBeTruthy();
    expect(screen.getByText("达标 1 · 未达标 0 · 无数据 0")).toBeTruthy();
    expect(screen.getByText("坏.xlsx 已损坏，无法读取")).toBeTruthy();
  });

  it("cannot merge before files are picked, and speaks English where Office does", () => {
    setup("en-US");
    expect((screen.getByRole("button", { name: "Consolidate and insert the report" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
