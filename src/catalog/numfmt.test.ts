import { describe, expect, it } from "vitest";
import { isPercentFormat } from "./numfmt";

describe("isPercentFormat", () => {
  it.each([
    ["0%", true],
    ["0.0%", true],
    ["0.00%;[Red]-0.00%", true],
    ["[$-804]0.0%", true],
    ["#,##0.0%_);(#,##0.0%)", true],
  ])("%s is a percent format", (f, expected) => expect(isPercentFormat(f)).toBe(expected));

  it.each([
    ['0.0"%"', false],
    ["0.0\\%", false],
    ["0.0_%", false],
    ["0*%", false],
    ['"达标率"0.0"%"', false],
    ["General", false],
    ["@", false],
    ["", false],
    [null, false],
    [undefined, false],
    ['0;"-%"', false],
    ["[$%-804]0.0", false],
  ])("%s is not a percent format", (f, expected) => expect(isPercentFormat(f as string)).toBe(expected));
});
