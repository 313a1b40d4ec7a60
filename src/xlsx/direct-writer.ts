/**
 * Sheet descriptions → .xlsx bytes, written directly (Node): the SpreadsheetML parts as text, each
 * deflated by Node's zlib and put in a zip written here. For reports of hundreds of thousands of
 * cells, where exceljs costs microseconds and a kilobyte per cell. It covers what reports use:
 * values (strings inline), formulas with their cached results, styles (one cell format per distinct
 * style), merges, column widths, a frozen header, print setup and print titles. Text is data: a
 * string that starts with = + - or @ gets the text format, so editing it never makes a formula.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { uniqueSheetName } from "../template/names";
import type { CellSpec, CellStyle, SheetSpec } from "../template/types";
import { chartXml, drawingXml } from "./chart";

const RISKY_TEXT = /^[=+\-@]/;
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const NEEDS_ESCAPE = /[&<>"]/;
const esc = (s: string) => (NEEDS_ESCAPE.test(s) ? s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;") : s);
/** XML 1.0 forbids most control characters even escaped: they are dropped from cell text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const text = (s: string) => esc(s.replace(CONTROL, ""));
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** "AB12" → row 12, column 28 (1-based), read character by character (reports hold millions of cells). */
function position(address: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  return { row: Number(address.slice(i)), col };
}

/** The styles part, built as styles are first met; `index` gives a cell's format number. */
class Styles {
  private fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  private fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private borders = ["<border><left/><right/><top/><bottom/><diagonal/></border>", '<border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border>'];
  private numFmts: string[] = [];
  private xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private byKey = new Map<string, number>();
  private byObject = [new WeakMap<CellStyle, number>(), new WeakMap<CellStyle, number>()];

  private slot(list: string[], xml: string): number {
    const at = list.indexOf(xml);
    if (at >= 0) return at;
    list.push(xml);
    return list.length - 1;
  }

  index(style: CellStyle | undefined, asText: boolean): number {
    if (!style && !asText) return 0;
    const o = style ?? {};
    const cache = this.byObject[asText ? 1 : 0]!;
    const known = cache.get(o);
    if (known !== undefined) return known;
    const key = JSON.stringify([o, asText]);
    let id = this.byKey.get(key);
    if (id === undefined) {
      const font =
        o.bold || o.italic || o.fontSize || o.fontColor
          ? this.slot(this.fonts, `<font>${o.bold ? "<b/>" : ""}${o.italic ? "<i/>" : ""}<sz val="${o.fontSize ?? 11}"/>${o.fontColor ? `<color rgb="${argb(o.fontColor)}"/>` : ""}<name val="Calibri"/><family val="2"/></font>`)
          : 0;
      const fill = o.fill ? this.slot(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(o.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
      const code = asText ? "@" : o.numberFormat;
      const numFmt = code === undefined || code === "General" ? 0 : code === "@" ? 49 : 164 + this.slot(this.numFmts, code);
      const align = o.wrap || o.horizontal || o.vertical ? `<alignment${o.horizontal ? ` horizontal="${o.horizontal}"` : ""}${o.vertical ? ` vertical="${o.vertical}"` : ""}${o.wrap ? ' wrapText="1"' : ""}/>` : "";
      const protect = o.locked === false ? '<protection locked="0"/>' : "";
      this.xfs.push(
        `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${o.border ? 1 : 0}" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}${o.border ? ' applyBorder="1"' : ""}${align ? ' applyAlignment="1"' : ""}${protect ? ' applyProtection="1"' : ""}>${align}${protect}</xf>`,
      );
      id = this.xfs.length - 1;
      this.byKey.set(key, id);
    }
    cache.set(o, id);
    return id;
  }

  xml(): string {
    const numFmts = this.numFmts.length ? `<numFmts count="${this.numFmts.length}">${this.numFmts.map((c, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(c)}"/>`).join("")}</numFmts>` : "";
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS}">${numFmts}<fonts count="${this.fonts.length}">${this.fonts.join("")}</fonts><fills count="${this.fills.length}">${this.fills.join("")}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join("")}</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
    );
  }
}

function cellXml(address: string, cell: CellSpec, styles: Styles, result: number | string | undefined): string {
  const c = cell.content;
  if (c.kind === "formula") {
    const s = styles.index(cell.style, false);
    const cached = result === undefined ? "" : typeof result === "number" ? `<v>${result}</v>` : `<v>${text(result)}</v>`;
    return `<c r="${address}"${s ? ` s="${s}"` : ""}${typeof result === "string" ? ' t="str"' : ""}><f>${esc(c.formula)}</f>${cached}</c>`;
  }
  const v = c.value;
  const s = styles.index(cell.style, typeof v === "string" && RISKY_TEXT.test(v));
  const sa = s ? ` s="${s}"` : "";
  if (v === null || v === undefined) return s ? `<c r="${address}"${sa}/>` : "";
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${address}"${sa}><v>${v}</v></c>` : `<c r="${address}"${sa}/>`;
  if (typeof v === "boolean") return `<c r="${address}"${sa} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${address}"${sa} t="inlineStr"><is><t xml:space="preserve">${text(v)}</t></is></c>`;
}

function sheetXml(spec: SheetSpec, styles: Styles, results: ReadonlyMap<string, number | string> | undefined): Buffer {
  const byRow = new Map<number, { col: number; cell: CellSpec }[]>();
  for (const cell of spec.cells) {
    const p = position(cell.address);
    const list = byRow.get(p.row);
    if (list) list.push({ col: p.col, cell });
    else byRow.set(p.row, [{ col: p.col, cell }]);
  }
  // Rows go into buffers of about a megabyte as they are written: no string of the whole sheet, so
  // memory and garbage stay small at hundreds of thousands of rows.
  const chunks: Buffer[] = [];
  let pending = "";
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(r)!.sort((a, b) => a.col - b.col);
    pending += `<row r="${r}">`;
    for (const { cell } of cells) pending += cellXml(cell.address, cell, styles, results?.get(cell.address));
    pending += "</row>";
    if (pending.length > 1 << 19) {
      chunks.push(Buffer.from(pending, "utf8"));
      pending = "";
    }
  }
  // Cells made on demand come row by row below those: written as they come, never held together.
  if (spec.more) {
    let row = -1;
    for (const cell of spec.more()) {
      const r = position(cell.address).row;
      if (r !== row) {
        if (row >= 0) pending += "</row>";
        if (pending.length > 1 << 19) {
          chunks.push(Buffer.from(pending, "utf8"));
          pending = "";
        }
        pending += `<row r="${r}">`;
        row = r;
      }
      pending += cellXml(cell.address, cell, styles, results?.get(cell.address));
    }
    if (row >= 0) pending += "</row>";
  }
  chunks.push(Buffer.from(pending, "utf8"));
  const { rows: fr, columns: fc } = spec.freeze;
  const topLeft = `${fc > 0 ? String.fromCharCode(65 + fc) : "A"}${fr + 1}`;
  const pane = fr > 0 || fc > 0 ? `<pane${fc ? ` xSplit="${fc}"` : ""}${fr ? ` ySplit="${fr}"` : ""} topLeftCell="${topLeft}" activePane="${fr && fc ? "bottomRight" : fr ? "bottomLeft" : "topRight"}" state="frozen"/>` : "";
  const cols = spec.columns.length
    ? `<cols>${spec.columns
        .map((c) => {
          const n = position(`${c.column}1`).col;
          return c.width === 0 ? `<col min="${n}" max="${n}" width="0" hidden="1" customWidth="1"/>` : `<col min="${n}" max="${n}" width="${c.width}" customWidth="1"/>`;
        })
        .join("")}</cols>`
    : "";
  const merges = spec.merges.length ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
  const head = `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${NS_R}"><sheetPr><pageSetUpPr fitToPage="${spec.print.fitToWidth ? 1 : 0}"/></sheetPr>` + `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`;
  const tail =
    `</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="${spec.print.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `${spec.charts?.length ? '<drawing r:id="rId1"/>' : ""}</worksheet>`;
  return Buffer.concat([Buffer.from(head, "utf8"), ...chunks, Buffer.from(tail, "utf8")]);
}

/** A zip of deflated entries, with CRCs and a central directory. */
function zip(entries: { name: string; data: string | Buffer }[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    // Level 1: several times faster than the default on tens of megabytes of XML, a little larger.
    const deflated = deflateRawSync(raw, { level: 1 });
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(deflated.length, 20);
    dir.writeUInt32LE(raw.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, deflated);
    central.push(dir, name);
    offset += local.length + name.length + deflated.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

/**
 * Writes the specs in order as one workbook. `results` gives cached formula results by sheet name
 * and address, so a viewer that does not recalculate still shows the figures.
 */
export function writeWorkbookDirect(specs: readonly SheetSpec[], results: ReadonlyMap<string, ReadonlyMap<string, number | string>> = new Map()): Uint8Array {
  const styles = new Styles();
  const names: string[] = [];
  const sheets = specs.map((spec) => {
    const name = uniqueSheetName(spec.name, names);
    names.push(name);
    return { name, xml: sheetXml(spec, styles, results.get(spec.name)), repeat: spec.print.repeatRows };
  });
  const definedNames = sheets
    .map((s, i) => (s.repeat ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${esc(s.name.replace(/'/g, "''"))}'!${s.repeat}</definedName>` : ""))
    .join("");
  const workbook =
    `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${NS_R}"><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
    `${definedNames ? `<definedNames>${definedNames}</definedNames>` : ""}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
  const rels = (list: string[]) => `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.join("")}</Relationships>`;
  const wbRels = rels([
    ...sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    `<Relationship Id="rId${sheets.length + 1}" Type="${NS_R}/styles" Target="styles.xml"/>`,
  ]);
  const types =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`;
  // Charts: a drawing per sheet that has some, anchoring its charts to cells (as Excel writes them).
  const extra: { name: string; data: string | Buffer }[] = [];
  let chartNo = 0;
  let drawingNo = 0;
  let overrides = "";
  specs.forEach((spec, i) => {
    if (!spec.charts?.length) return;
    drawingNo++;
    const anchors = spec.charts.map((c, k) => {
      chartNo++;
      extra.push({ name: `xl/charts/chart${chartNo}.xml`, data: chartXml(sheets[i]!.name, c) });
      overrides += `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`;
      return { from: c.from, to: c.to, rid: `rId${k + 1}`, id: k + 1, target: `../charts/chart${chartNo}.xml` };
    });
    extra.push({ name: `xl/drawings/drawing${drawingNo}.xml`, data: drawingXml(anchors) });
    extra.push({ name: `xl/drawings/_rels/drawing${drawingNo}.xml.rels`, data: rels(anchors.map((a) => `<Relationship Id="${a.rid}" Type="${NS_R}/chart" Target="${a.target}"/>`)) });
    extra.push({ name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, data: rels([`<Relationship Id="rId1" Type="${NS_R}/drawing" Target="../drawings/drawing${drawingNo}.xml"/>`]) });
    overrides += `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`;
  });
  return zip([
    { name: "[Content_Types].xml", data: types.replace("</Types>", `${overrides}</Types>`) },
    { name: "_rels/.rels", data: rels([`<Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/>`]) },
    { name: "xl/workbook.xml", data: workbook },
    { name: "xl/_rels/workbook.xml.rels", data: wbRels },
    { name: "xl/styles.xml", data: styles.xml() },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
    ...extra,
  ]);
}
