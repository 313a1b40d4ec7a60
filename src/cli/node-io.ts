/**
 * The real world for `qc` in Node: files and the two output streams. A file-system failure becomes a
 * Chinese sentence naming the file (a missing file, a folder given as a file, a missing output
 * folder, no permission), never Node's English error text.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { UsageError, type CliIO } from "./io";

/** A Node file-system error as one sentence. */
export function fsMessage(e: unknown, path: string, writing: boolean): string {
  const code = (e as { code?: string } | null)?.code ?? "";
  const verb = writing ? "写入" : "读取";
  switch (code) {
    case "ENOENT":
      return writing ? `无法写入 ${path}：文件夹 ${dirname(path)} 不存在，请先建好它或换一个位置` : `找不到文件：${path}`;
    case "EISDIR":
      return `${path} 是文件夹，不是文件${writing ? "：请在 -o 后写文件名（如 输出.xlsx）" : "：请写出其中的文件名"}`;
    case "ENOTDIR":
      return `无法${verb} ${path}：路径中有一段是文件，不是文件夹`;
    case "EACCES":
    case "EPERM":
      return `没有权限${verb} ${path}`;
    case "EROFS":
      return `无法写入 ${path}：所在位置只读`;
    case "ENOSPC":
      return `无法写入 ${path}：磁盘空间不足`;
    case "EBUSY":
    case "ETXTBSY":
      return `${path} 正被其他程序占用（可能已在 Excel 或 WPS 中打开），请关闭后再试`;
    case "ENAMETOOLONG":
      return `文件名太长：${path.slice(0, 60)}…`;
    case "ERR_FS_FILE_TOO_LARGE":
      return `${path} 太大，无法${verb}`;
    default:
      return `无法${verb} ${path}${code ? `（${code}）` : ""}`;
  }
}

export const nodeIO: CliIO = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  readFile: (p) => {
    try {
      return readFileSync(p);
    } catch (e) {
      throw new UsageError(fsMessage(e, p, false));
    }
  },
  writeFile: (p, d) => {
    try {
      writeFileSync(p, d);
    } catch (e) {
      throw new UsageError(fsMessage(e, p, true));
    }
  },
  exists: (p) => existsSync(p),
  list: (p) => {
    try {
      return statSync(p).isDirectory() ? readdirSync(p) : null;
    } catch {
      return null;
    }
  },
};
