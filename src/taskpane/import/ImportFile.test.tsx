// @vitest-environment jsdom
import "../../../test/support/jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PlanDocument } from "../../extract/model";
import { Pane, stringsFor } from "../context";
import type { ExcelOps } from "../ops";
import { ImportView } from "./ImportView";

// The reader is the documents' own work (tested there); here it stands in for a PDF it has read.
const read = vi.hoisted(() => ({ doc: null as unknown, error: null as Error | null, calls: [] as string[] }));
vi.mock("../../extract/document", () => ({
  MAX_TEXT_CHARS: 1_000_000,
  readPlanDocument: vi.fn(async (_bytes: Uint8Array, name: string) => {
    read.calls.push(name);
    if (read.error) throw read.error;
    return read.doc;
  }),
}));

afterEach(() => {
  cleanup();
  read.error = null;
  read.calls = [];
});

const TEXT = "附件\n到2025年，全市产品质量监督抽查合格率达到95%以上。";

function renderImport() {
  const ops = { readCatalogs: vi.fn(async () => ({ catalogs: [], damaged: [] })), saveCatalog: vi.fn(), saveFile: vi.fn() } as unknown as ExcelOps;
  render(
    <FluentProvider theme={webLightTheme}>
      <Pane.Provider value={{ ops, t: stringsFor("zh-CN") }}>
        <ImportView />
      </Pane.Provider>
    </FluentProvider>,
  );
}

function choose(name: string) {
  const input = screen.getByLabelText("打开文件（.txt / .docx / .pdf）", { selector: "input" }) as HTMLInputElement;
  const bytes = new Uint8Array([37, 80, 68, 70]); // %PDF
  // jsdom's File has no arrayBuffer(); the browser's has.
  const file = Object.assign(new File([bytes], name), { arrayBuffer: async () => bytes.buffer });
  fireEvent.change(input, { target: { files: [file] } });
  return input;
}

describe("opening a plan file", () => {
  it("offers PDFs, shows the reader's notes, takes the document's title, and extracts from its text", async () => {
    read.doc = {
      text: TEXT,
      blocks: [{ kind: "paragraph", text: TEXT, offset: 0 }],
      format: "pdf",
      title: "戊市“十四五”质量发展规划",
      notes: ["读取了 12 页；第 3 页没有文字层（可能是扫描件），已跳过。"],
    } satisfies PlanDocument;
    renderImport();
    const input = choose("规划.pdf");
    expect(input.accept.split(",")).toEqual(expect.arrayContaining([".pdf", "application/pdf", ".docx", ".txt"]));
    expect(await screen.findByText("读取了 12 页；第 3 页没有文字层（可能是扫描件），已跳过。")).toBeTruthy();
    expect(screen.getByText("读取说明")).toBeTruthy();
    expect(read.calls).toEqual(["规划.pdf"]);
    expect((screen.getByRole("textbox", { name: "规划名称" }) as HTMLInputElement).value).toBe("戊市“十四五”质量发展规划");
    fireEvent.click(screen.getByRole("button", { name: "提取指标" }));
    await screen.findByText(/提取到 1 个候选指标/);
    expect(screen.getByRole("table", { name: "候选指标" }).textContent).toContain("产品质量监督抽查合格率");
  });

  it("leaves 规划名称 empty when the document has no title and no title line", async () => {
    read.doc = { text: TEXT, blocks: [], format: "utf-8", title: null, notes: [] } satisfies PlanDocument;
    renderImport();
    choose("plan.txt");
    await screen.findByLabelText(/规划原文/);
    expect((screen.getByRole("textbox", { name: "规划名称" }) as HTMLInputElement).value).toBe("");
    expect(screen.queryByText("读取说明")).toBeNull();
  });

  it("says why a file cannot be read (error case)", async () => {
    read.error = new Error("扫描.pdf 没有文字层（可能是扫描件），无法提取文字");
    renderImport();
    choose("扫描.pdf");
    expect((await screen.findByRole("alert")).textContent).toContain("没有文字层");
  });
});
