/**
 * Consolidation (issue 15): `qc report` over 500 returns of 300 rows, in this process, measured
 * once per benchmark run (it takes seconds; a median of several would take minutes).
 */
import { benchReport } from "../src/xlsx/report-bench";
import type { Measure } from "./measures";

export const REPORT_MEASURES: Measure[] = [
  {
    key: "report.500x300",
    group: "report",
    label: "qc report: 500 returns × 300 rows",
    async run({ quick }) {
      const files = quick ? 100 : 500;
      const r = await benchReport(files, 300);
      if (r.rows !== files * 300) throw new Error(`the report holds ${r.rows} rows, not ${files * 300}: not every row was read`);
      return [
        { key: "report.500x300", label: `qc report: ${files} returns × 300 rows`, value: r.reportMs / 1000, unit: "s" },
        { key: "report.peakRss", label: "qc report: peak memory", value: r.peakRssMb, unit: "MB" },
      ];
    },
  },
];
