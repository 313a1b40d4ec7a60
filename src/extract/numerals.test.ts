import { describe, expect, it } from "vitest";
import { parseNumber } from "./numerals";

describe("parseNumber", () => {
  it.each([
    ["三", 3],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十五", 25],
    ["九十五", 95],
    ["一百零五", 105],
    ["三千", 3000],
    ["两万", 20000],
    ["一万二千", 12000],
    ["三点五", 3.5],
    ["二〇二〇", 2020],
    ["12.5", 12.5],
  ])("%s → %s", (s, n) => expect(parseNumber(s)).toBe(n));
  it.each(["", "abc", "三点", "十a"])("rejects %j", (s) => expect(parseNumber(s)).toBeNull());
});
