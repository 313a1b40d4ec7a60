/**
 * The document-level development set: real plan texts (docs/<id>.txt) and their hand-written
 * annotations (docs/<id>.ts). See README.md and types.ts for what is in it and how it is annotated.
 * Documents with no annotation at all are the ones that must give no output.
 */
import anhui from "./docs/anhui";
import baodi from "./docs/baodi";
import chengjiu from "./docs/chengjiu";
import dongtou from "./docs/dongtou";
import dongtouToc from "./docs/dongtou-toc";
import gangyao from "./docs/gangyao";
import gangyaoTable from "./docs/gangyao-table";
import gangyao2011 from "./docs/gangyao2011";
import hami from "./docs/hami";
import jiliang from "./docs/jiliang";
import keji from "./docs/keji";
import liaoning from "./docs/liaoning";
import panjin from "./docs/panjin";
import pinpai135 from "./docs/pinpai135";
import pinpai135Table from "./docs/pinpai135-table";
import rencheng from "./docs/rencheng";
import ruian from "./docs/ruian";
import shicheng from "./docs/shicheng";
import shiwuwuToc from "./docs/shiwuwu-toc";
import sichuan from "./docs/sichuan";
import suzhou from "./docs/suzhou";
import tezhong from "./docs/tezhong";
import weixi from "./docs/weixi";
import weixiTable from "./docs/weixi-table";
import wushan from "./docs/wushan";
import yangzhou from "./docs/yangzhou";
import yichun from "./docs/yichun";
import zhejiang from "./docs/zhejiang";
import type { DevDocument } from "./types";

/**
 * Held out: thirteen documents gathered and annotated while the extractor was being tuned on the rest,
 * kept out of the repository until this commit, and scored blind before anyone working on the
 * extractor could see them. Their blind score — every form (text, .docx, PDF) — is recorded here;
 * from this commit on they are part of the development set like the others, and a blind score needs
 * new documents.
 *
 * Blind scores, all three forms (text, .docx, PDF) of each document added up, against the
 * extractor as the shared work tree had it (last commit 30a829a, rule changes in progress):
 * - 22:57 UTC: precision 64 % (63 of 99), recall 95 % (63 of 66), deadline right for 81 % of those
 *   found, qualitative 0 of 3, milestones 18 of 21, PDF = .docx 13 of 13, and 3 of the 7 documents
 *   with no target gave output: past figures and a forecast read as targets (jiance: 由2016年的3849家
 *   增长至2020年的6414家, 预测…将达7697家; jiliang: 建成185项…能力达1779项; shipin: 去年…92.5%,
 *   近3年…均达到70%以上) and award money (changzhou: 分别按不高于100万元…奖励).
 * - 22:58 UTC, a minute later, once the extractor's pending rules for past figures were in the tree
 *   (still before anyone could have seen these documents): precision 91 % (63 of 69), recall 95 %,
 *   deadline 81 % (rencheng's "2022年8底前" is read as no year), qualitative 0 of 3, milestones 18 of 21,
 *   PDF = .docx 13 of 13, 1 of 7 no-target documents with output (jiance: 由…增长至… and the forecast).
 * The first reading, at 22:07 on the text of the first nine, was precision 67 %, recall 95 %, deadline 78 %.
 */
/*
 * Six documents of the original set (泉州, 青海, 卓越质量, 食品安全城市, 常州, 检验检测) were news or
 * commercial articles, not official documents: they were scored with the rest (figures above) and then
 * removed, since only official texts (excluded from copyright by Art. 5 of China's Copyright Law) are
 * kept verbatim in the repository.
 */
export const HELD_OUT: readonly DevDocument[] = [
  sichuan,
  dongtou,
  tezhong,
  rencheng,
  suzhou,
  dongtouToc,
  baodi,
  jiliang,
  ruian,
  shiwuwuToc,
];

export const DEV_DOCUMENTS: readonly DevDocument[] = [
  gangyao,
  yangzhou,
  weixi,
  liaoning,
  panjin,
  wushan,
  zhejiang,
  yichun,
  pinpai135,
  gangyao2011,
  weixiTable,
  gangyaoTable,
  pinpai135Table,
  anhui,
  keji,
  shicheng,
  hami,
  chengjiu,
  ...HELD_OUT,
];

/** A document with nothing to find: its extraction must be empty. */
export function hasNoTargets(d: DevDocument): boolean {
  return d.numeric.length === 0 && d.qualitative.length === 0;
}
