// Browser builds only (webpack alias): src/xlsx/read.ts patches exceljs's Node-side number-format
// reader, which the pane does not use — there exceljs is its self-contained dist build, whose classes
// cannot be reached. This stand-in lets the patch run harmlessly instead of pulling exceljs's Node
// sources (fs, streams) into the pane.
module.exports = class NumFmtXform {
  // Tells the reader its patch does not reach exceljs here (it then restores escaped codes itself).
  static shim = true;
  parseOpen() {
    return false;
  }
};
