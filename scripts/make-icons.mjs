// Draws the add-in's icons (a white check over a bar chart on Fluent blue) as PNGs in assets/.
// Run: node scripts/make-icons.mjs. Pure Node: the PNG encoder is zlib + CRC32, written here.
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}
const distToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
function pixel(x, y, size) {
  const u = x / size;
  const v = y / size;
  const r = 0.18; // rounded corners
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return [0, 0, 0, 0];
  const white = [255, 255, 255, 255];
  const light = [173, 214, 255, 255];
  // three bars, rising
  const bars = [
    [0.2, 0.62],
    [0.4, 0.48],
    [0.6, 0.34],
  ];
  for (const [left, top] of bars) if (u >= left && u <= left + 0.13 && v >= top && v <= 0.82) return light;
  // the check mark
  const w = Math.max(0.07, 1.6 / size);
  if (distToSegment(u, v, 0.3, 0.5, 0.45, 0.66) < w || distToSegment(u, v, 0.45, 0.66, 0.8, 0.24) < w) return white;
  return [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
}
mkdirSync(new URL("../assets/", import.meta.url), { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size, pixel));
console.log("wrote assets/icon-{16,32,64,80,128}.png");
