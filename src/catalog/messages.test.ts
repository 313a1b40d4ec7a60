import { describe, expect, it } from "vitest";
import { ownDetail } from "./messages";

describe("ownDetail", () => {
  it("passes our Chinese sentences on and keeps a library's English text from the user", () => {
    expect(ownDetail(new Error("第 3 页无法解析"))).toBe("（第 3 页无法解析）");
    expect(ownDetail(new Error("Bug : uncompressed data size mismatch"))).toBe("");
    expect(ownDetail(new Error("End of data reached (data length = 8, asked index = 20). Corrupted zip ?"))).toBe("");
    expect(ownDetail("x")).toBe("");
    expect(ownDetail(null)).toBe("");
  });
});
