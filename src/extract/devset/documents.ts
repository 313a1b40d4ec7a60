/**
 * The document-level development set: real plan texts (docs/<id>.txt) and their hand-written
 * annotations (docs/<id>.ts). See types.ts for the conventions and README "Measured" for the scores.
 * Documents with no annotation at all are the ones that must give no output.
 */
import anhui from "./docs/anhui";
import chengjiu from "./docs/chengjiu";
import gangyao from "./docs/gangyao";
import gangyaoTable from "./docs/gangyao-table";
import gangyao2011 from "./docs/gangyao2011";
import hami from "./docs/hami";
import keji from "./docs/keji";
import liaoning from "./docs/liaoning";
import panjin from "./docs/panjin";
import pinpai135 from "./docs/pinpai135";
import pinpai135Table from "./docs/pinpai135-table";
import qinghai from "./docs/qinghai";
import quanzhou from "./docs/quanzhou";
import shicheng from "./docs/shicheng";
import weixi from "./docs/weixi";
import weixiTable from "./docs/weixi-table";
import wushan from "./docs/wushan";
import yangzhou from "./docs/yangzhou";
import yichun from "./docs/yichun";
import zhejiang from "./docs/zhejiang";
import zhuoyue from "./docs/zhuoyue";
import type { DevDocument } from "./types";

export const DEV_DOCUMENTS: readonly DevDocument[] = [
  gangyao,
  yangzhou,
  weixi,
  liaoning,
  panjin,
  qinghai,
  wushan,
  quanzhou,
  zhuoyue,
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
];

/** A document with nothing to find: its extraction must be empty. */
export function hasNoTargets(d: DevDocument): boolean {
  return d.numeric.length === 0 && d.qualitative.length === 0;
}
