/**
 * Charts in .xlsx files. exceljs writes no charts, so a chart described by a {@link ChartSpec} is
 * added to the written file as the DrawingML parts Excel itself writes: a chart part, a drawing
 * anchoring it to cells, the relationships between them and the sheet, and their content types.
 * The chart reads the sheet's own cells (no cached values), so Excel, WPS and LibreOffice draw it
 * from the live figures.
 */
import JSZip from "jszip";
import type { ChartSpec, SheetSpec } from "../template/types";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE_DRAWING = `${NS_REL}/drawing`;
const TYPE_CHART = `${NS_REL}/chart`;

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** "H5:H12" on sheet 汇总 → '汇总'!$H$5:$H$12 */
function absolute(sheet: string, range: string): string {
  const abs = range.split(":").map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")).join(":");
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

/** "J4" → zero-based column and row. */
function cellIndex(a1: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`not a cell address: ${a1}`);
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { col, row: Number(m[2]) - 1 };
}

export function chartXml(sheet: string, spec: ChartSpec): string {
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xml(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${xml(absolute(sheet, spec.categories))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xml(absolute(sheet, s.values))}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join("");
  const fmt = spec.series[0]?.numberFormat;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${xml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/>${fmt?.includes("%") ? `<c:max val="1"/>` : ""}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${xml(fmt ?? "General")}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(anchors: { from: string; to: string; rid: string; id: number }[]): string {
  const anchor = (a: (typeof anchors)[number]) => {
    const f = cellIndex(a.from);
    const t = cellIndex(a.to);
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${f.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${f.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${t.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${t.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${a.id + 1}" name="图表 ${a.id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_REL}" r:id="${a.rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  };
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.map(anchor).join("")}</xdr:wsDr>`
  );
}

function rels(list: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xml(r.target)}"/>`).join("") +
    `</Relationships>`
  );
}

/** The sheet part of each sheet name, from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const wbRels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map([...wbRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/\bId="([^"]+)"/.exec(m[0])?.[1] ?? "", /\bTarget="([^"]+)"/.exec(m[0])?.[1] ?? ""]));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name === undefined || !target) continue;
    const unescaped = name.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&apos;/g, "'").replace(/&amp;/g, "&");
    out.set(unescaped, target.replace(/^\/?(?:xl\/)?/, "xl/"));
  }
  return out;
}

/** Adds the charts of `specs` (by sheet name) to a workbook written by exceljs. */
export async function addCharts(bytes: Uint8Array, specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const withCharts = specs.filter((s) => (s.charts?.length ?? 0) > 0);
  if (withCharts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const taken = (prefix: string) => Object.keys(zip.files).filter((f) => f.startsWith(prefix)).length;
  let chartNo = taken("xl/charts/chart");
  let drawingNo = taken("xl/drawings/drawing");
  for (const spec of withCharts) {
    const part = parts.get(spec.name);
    if (!part) throw new Error(`sheet ${spec.name} is not in the workbook`);
    const anchors: { from: string; to: string; rid: string; id: number }[] = [];
    const drawingRels: { id: string; type: string; target: string }[] = [];
    for (const c of spec.charts!) {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(spec.name, c));
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
      const rid = `rId${anchors.length + 1}`;
      drawingRels.push({ id: rid, type: TYPE_CHART, target: `../charts/chart${chartNo}.xml` });
      anchors.push({ from: c.from, to: c.to, rid, id: anchors.length + 1 });
    }
    drawingNo++;
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, rels(drawingRels));
    types = types.replace("</Types>", `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);
    // The sheet points at its drawing: a relationship, and a <drawing/> element in schema order
    // (after page setup, before legacy drawings, table parts and extensions).
    const relsPath = part.replace(/^(.*\/)([^/]+)$/, "$1_rels/$2.rels");
    const existing = (await zip.file(relsPath)?.async("string")) ?? rels([]);
    const used = new Set([...existing.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    const sheetRid = `rId${n}`;
    zip.file(relsPath, existing.replace("</Relationships>", `<Relationship Id="${sheetRid}" Type="${TYPE_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));
    let sheetXml = (await zip.file(part)!.async("string"))!;
    if (!/xmlns:r=/.test(sheetXml.slice(0, 600))) sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_REL}"`);
    const element = `<drawing r:id="${sheetRid}"/>`;
    const before = /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheetXml);
    sheetXml = before ? sheetXml.slice(0, before.index) + element + sheetXml.slice(before.index) : sheetXml.replace("</worksheet>", `${element}</worksheet>`);
    zip.file(part, sheetXml);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
