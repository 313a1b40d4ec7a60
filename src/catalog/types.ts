/**
 * The data model every part of qc-indicators shares. Pure types: no Office, no DOM, no Node.
 *
 * Field names of {@link Indicator} are part of the public contract: `qc catalog --json` prints them
 * exactly, workbook-stored catalogues use them, and the JSON schema in `schema.ts` checks them.
 */

/** How an actual value is compared with the target. */
export type Comparator = ">=" | ">" | "<=" | "<" | "=" | "range" | "qualitative";

export const COMPARATORS: readonly Comparator[] = [">=", ">", "<=", "<", "=", "range", "qualitative"];

/** Where in which seed document an entry's quote stands. `offset` counts UTF-16 code units (JS string index). */
export interface SourceRef {
  file: string;
  offset: number;
}

/** One measurable target of one city's plan. */
export interface Indicator {
  /** Stable id: `<city code>-<hash of city+name>`, e.g. `ta-1k3f9q`. */
  id: string;
  /** Short Chinese city name: 新密, 焦作, 江门, 泰安, 通化 (or an imported city's). */
  city: string;
  /** Canonical category: 产品质量, 工程质量, 服务质量, 环境质量, 营商环境, 品牌, 标准化, 计量, 食品药品 … */
  category: string;
  /** Short name in the document's own words, unique within the city. */
  name: string;
  /** Other names users type for it (document variants, common synonyms). */
  aliases: string[];
  comparator: Comparator;
  /** The number as the document writes it (98 for 98%), or the level text for qualitative targets. */
  value: number | string;
  /** Upper bound of a `range` (1—2个 → value 1, valueMax 2); otherwise null. */
  valueMax: number | null;
  /** %, ‰, 个, 件, 项, 家, 天, dB(A), 万吨, 平方米, 工作日, 百分点, 分 …; "" when the document gives none. */
  unit: string;
  /** Year by which the target is due, where the sentence or its paragraph gives one. */
  deadline: number | null;
  /** The verbatim fragment of the document that states this target. */
  quote: string;
  source: SourceRef;
  /** Cross-city concept key shared by entries that measure the same thing (see docs in concepts.ts). */
  concept: string | null;
  /**
   * Interim targets the plan sets before the deadline (a 2023 column beside 2025年目标, or a stage
   * "到2023年……；到2025年……"), earliest first, never the deadline year itself. Absent or empty when
   * the plan states none. Same unit and convention as `value` (98 for 98 %).
   */
  milestones?: Milestone[];
  /** The value the plan states as its starting point (2020年(基期) | 90), or null/absent. */
  baseline?: Baseline | null;
  /** 预期性 or 约束性, as a plan's indicator table marks it; null/absent when it does not. */
  attribute?: string | null;
}

/** An interim target: the value due by a year before the deadline. */
export interface Milestone {
  year: number;
  value: number;
}

/** A plan's stated starting point; `year` null when the plan gives the value without its year. */
export interface Baseline {
  year: number | null;
  value: number;
}

/** A city whose plan is in the catalogue. */
export interface City {
  /** Short name used everywhere: 泰安. */
  name: string;
  /** Two-letter id prefix and romanised key: ta / taian. */
  code: string;
  /** Romanised forms users type: Tai'an, Taian. */
  latin: string[];
  /** Full names: 泰安市. */
  fullNames: string[];
  province: string;
  plan: {
    title: string;
    issuer: string;
    /** ISO date or year as published (some documents give only a year). */
    issued: string;
    docNumber: string | null;
    /** Seed file name under `seeds/`. */
    file: string;
  };
}

/** Everything the product knows: cities and their indicators. */
export interface Catalog {
  version: number;
  cities: City[];
  indicators: Indicator[];
}

/** Outcome of checking one actual value against one target. */
export type Status = "met" | "missed" | "nodata";

export const STATUS_LABEL: Record<Status, string> = {
  met: "达标",
  missed: "未达标",
  nodata: "无数据",
};
