/**
 * Compile-time only: every member our ET types (et.ts) name exists on WPS's own interface of the
 * same object in `wps-jsapi`. If a name in et.ts is misspelt or not in WPS's model, `tsc` fails here.
 * (Only the names are compared: wps-jsapi's member types are generated from COM and often wrong.)
 */
/// <reference types="wps-jsapi" />
import type * as Ours from "./et";

type Has<Theirs, K extends keyof Theirs> = K;

export type Checked = [
  Has<Et.EtRange, keyof Ours.EtRange>,
  Has<Et.EtFont, keyof Ours.EtFont>,
  Has<Et.EtInterior, keyof Ours.EtInterior>,
  Has<Et.EtBorders, keyof Ours.EtBorders>,
  Has<Et.EtValidation, keyof Ours.EtValidation>,
  Has<Et.EtFormatCondition, keyof Ours.EtFormatCondition>,
  Has<Et.EtFormatConditions, keyof Ours.EtFormatConditions>,
  Has<Et.EtName, keyof Ours.EtName>,
  Has<Et.EtNames, keyof Ours.EtNames>,
  Has<Et.EtPageSetup, keyof Ours.EtPageSetup>,
  Has<Et.EtWorksheet, keyof Ours.EtWorksheet>,
  Has<Et.EtSheets, keyof Ours.EtSheets>,
  Has<Et.EtWorkbook, keyof Ours.EtWorkbook>,
  Has<Et.EtWindow, keyof Ours.EtWindow>,
  Has<Et.EtApplication, keyof Ours.EtApplication>,
];
