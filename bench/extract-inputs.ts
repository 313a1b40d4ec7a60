/**
 * Inputs for the extraction benchmarks (issue 12, "Measured"): realistic plan text at any size, and
 * adversarial texts that break naive rules — every one exactly `size` characters, so 1,000,000 is
 * the largest input the readers accept (MAX_TEXT_CHARS).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Text repeated (and cut) to exactly `size` characters. */
export function repeatTo(unit: string, size: number): string {
  if (unit.length === 0) throw new Error("empty unit");
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The five seed plans and the development set's real plans, as one realistic corpus. */
export function realisticCorpus(root: string): string {
  const seeds = readdirSync(join(root, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(root, "seeds", f), "utf8"));
  const devDir = join(root, "src/extract/devset/docs");
  const dev = readdirSync(devDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(devDir, f), "utf8"));
  return [...seeds, ...dev].join("\n");
}

function tableOfCells(size: number): string {
  const header = "序号 | 指标 | 单位 | 2020年（基期） | 2023年 | 2025年目标 | 属性\n";
  let row = 0;
  const rows: string[] = [header];
  let length = header.length;
  while (length < size) {
    row++;
    const line = `${row} | 产品质量监督抽查合格率${row} | % | 9${row % 10} | 9${row % 10}.5 | ≥9${row % 10} | 预期性\n`;
    rows.push(line);
    length += line.length;
  }
  return rows.join("").slice(0, size);
}

/**
 * The adversarial inputs, by name. Each is a function of the size, so the same shape can be timed at
 * 100 KB and at 1 MB to see how time grows.
 */
export const ADVERSARIAL: Record<string, { label: string; make(size: number): string }> = {
  spacesAfterVerb: {
    label: "spaces after 达到 (a number after them)",
    make: (size) => {
      const head = "到2025年，全市制造业产品质量合格率达到";
      const tail = "98%以上。";
      return head + " ".repeat(size - head.length - tail.length) + tail;
    },
  },
  singleLine: {
    label: "one line of real plan text, no line break",
    make: (size) => repeatTo("到2025年，全市制造业产品质量合格率达到94%以上，主要农产品质量安全例行监测合格率稳定在98%以上，新增中国驰名商标3件，企业开办时间压缩至1个工作日以内；", size),
  },
  digits: { label: "digits only", make: (size) => repeatTo("1234567890", size) },
  brackets: {
    label: "deeply nested brackets",
    make: (size) => {
      const half = Math.floor(size / 4);
      const open = repeatTo("（(", half * 2);
      const close = repeatTo(")）", size - open.length);
      return open + close;
    },
  },
  pipeTable: { label: "an indicator table of | cells", make: tableOfCells },
  pipesOnly: { label: "| cells with nothing in them", make: (size) => repeatTo("| ", size) },
  flattenedTable: {
    label: "a table flattened one cell per line",
    make: (size) => tableOfCells(size * 2).replace(/ \| /g, "\n").slice(0, size),
  },
  verbsAndPercents: {
    label: "达到/以上/% with no measure between them",
    make: (size) => repeatTo("达到以上%不低于以内≥", size),
  },
  yearsOnly: { label: "years and 到 (deadline words) only", make: (size) => repeatTo("到2025年到2023年十四五末", size) },
  newlines: { label: "line breaks only", make: (size) => "\n".repeat(size) },
  noPunctuation: {
    label: "targets with no punctuation at all (one endless sentence)",
    make: (size) => repeatTo("全市制造业产品质量合格率达到94%以上主要农产品质量安全例行监测合格率稳定在98%以上", size),
  },
  sharedVerbList: {
    label: "one verb over an endless 、-list (新培育2件驰名商标、…)",
    make: (size) => `新培育${repeatTo("2件驰名商标、10个以上省级名牌、", size - 3)}`,
  },
  fenbieList: {
    label: "an endless 分别 list (…分别达到97%、96%、…)",
    make: (size) => {
      const head = "粮食、蔬菜、水果和畜禽产品抽检合格率分别达到";
      return head + repeatTo("97%、", size - head.length);
    },
  },
  chineseNumerals: { label: "Chinese numerals (百分之九十五以上)", make: (size) => repeatTo("抽检合格率达到百分之九十五以上，", size) },
};
