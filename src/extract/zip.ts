/**
 * Bounds on a zip container (.docx, .xlsx) before any library expands it. Pure: Web APIs only
 * (Blob, DecompressionStream), so it runs in Node 20 and in the pane's webview alike.
 *
 * A zip bomb is a small file that expands to gigabytes. Two checks, both before the real parser:
 * 1. the sizes the central directory declares (entries and their total uncompressed size);
 * 2. the real size. Deflate expands at most about 1032-fold, so an entry's compressed size bounds
 *    what it can really hold. While those worst cases, added up, stay within the bound, nothing is
 *    inflated (every ordinary file); past it, an entry is inflated once as a stream and counted, and
 *    the count stops the moment it passes what the entry declared or the bound — so a file that lies
 *    about its sizes costs at most the bound, never the gigabytes.
 */

/** Deflate's largest expansion: 258 bytes from a 2-bit code, about 1032 to 1, plus a little. */
const MAX_DEFLATE_RATIO = 1032;

export class ZipBoundsError extends Error {
  override readonly name = "ZipBoundsError";
}

export interface ZipLimits {
  /** Total uncompressed bytes of all entries. */
  maxTotalBytes: number;
  maxEntries: number;
}

/** An .xlsx of a full 1,048,576-row sheet stays below this; a plan's .docx far below. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 512 * 1024 * 1024, maxEntries: 20_000 };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const mb = (n: number) => (n / 1048576).toFixed(0);

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(v: DataView, at: number): number {
  return v.getUint32(at, true) + v.getUint32(at + 4, true) * 2 ** 32;
}

/** The central directory's entries, as declared. Throws on a file that is not a readable zip. */
export function zipEntries(bytes: Uint8Array, name: string): Entry[] {
  const v = view(bytes);
  const fail = (why: string) => new ZipBoundsError(`${name} 不是完整的压缩文件（${why}），可能已损坏`);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (v.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw fail("找不到目录");
  let count = v.getUint16(eocd + 10, true);
  let cdSize = v.getUint32(eocd + 12, true);
  let cdOffset = v.getUint32(eocd + 16, true);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && v.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const at = u64(v, eocd - 20 + 8);
    if (at + 56 > bytes.length || v.getUint32(at, true) !== ZIP64_EOCD) throw fail("ZIP64 目录无效");
    count = u64(v, at + 32);
    cdSize = u64(v, at + 40);
    cdOffset = u64(v, at + 48);
  }
  if (cdOffset + cdSize > bytes.length) throw fail("目录超出文件末尾");
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== CENTRAL) throw fail("目录项无效");
    const method = v.getUint16(p + 10, true);
    let compressedSize = v.getUint32(p + 20, true);
    let size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    let localOffset = v.getUint32(p + 42, true);
    const entryName = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extra field: the 64-bit values, in this order, for each 32-bit field that overflowed.
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = v.getUint16(e, true);
      const len = v.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) (size = u64(v, q)), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) (compressedSize = u64(v, q)), (q += 8);
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) localOffset = u64(v, q);
      }
      e += 4 + len;
    }
    entries.push({ name: entryName, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflates one entry as a stream and counts its bytes, stopping as soon as `limit` is passed. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return total;
      }
    }
  } catch {
    // A corrupt stream: the real parser reports it in its own words.
    return total;
  }
}

/**
 * Throws a {@link ZipBoundsError} with a Chinese sentence when the zip would expand past the
 * limits (declared or real), has too many entries, or is not a readable zip at all.
 */
export async function checkZipBounds(bytes: Uint8Array, name: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  const entries = zipEntries(bytes, name);
  if (entries.length > limits.maxEntries) {
    throw new ZipBoundsError(`${name} 含 ${entries.length} 个内部文件，超过 ${limits.maxEntries} 个，已拒绝读取`);
  }
  const declared = entries.reduce((s, e) => s + e.size, 0);
  const tooBig = (n: number) =>
    new ZipBoundsError(`${name} 解压后超过 ${mb(limits.maxTotalBytes)} MB（至少 ${mb(n)} MB），可能是“压缩炸弹”或异常文件，已拒绝读取`);
  if (declared > limits.maxTotalBytes) throw tooBig(declared);
  const v = view(bytes);
  let real = 0;
  // The largest compressed entries first: they are the ones whose real size is worth learning,
  // and the many small ones then fit their worst cases in what is left.
  for (const e of [...entries].sort((a, b) => b.compressedSize - a.compressedSize)) {
    if (e.method === 0) {
      real += e.compressedSize;
    } else if (e.method === 8 && e.compressedSize <= e.size + 64 + e.size / 100 && real + e.compressedSize * MAX_DEFLATE_RATIO + 64 <= limits.maxTotalBytes) {
      // (An honest entry is never much larger compressed than declared: one that is gets inflated below.)
      // Whatever this entry really holds, the total stays within the bound: count its worst case.
      real += e.compressedSize * MAX_DEFLATE_RATIO + 64;
    } else if (e.method === 8) {
      const at = e.localOffset;
      if (at + 30 > bytes.length || v.getUint32(at, true) !== LOCAL) throw new ZipBoundsError(`${name} 的内部文件 ${e.name} 无效，文件可能已损坏`);
      const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
      const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
      // An entry may not expand past what it declared (a lying header) nor the remaining budget.
      const size = await inflatedSize(data, Math.min(e.size, limits.maxTotalBytes - real));
      if (size > e.size) throw new ZipBoundsError(`${name} 的内部文件 ${e.name} 解压后比声明的大，可能是“压缩炸弹”，已拒绝读取`);
      real += size;
    } else {
      throw new ZipBoundsError(`${name} 使用了不支持的压缩方式（${e.method}），请用 Office 或 WPS 重新保存后再试`);
    }
    if (real > limits.maxTotalBytes) throw tooBig(real);
  }
}
