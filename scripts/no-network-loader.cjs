// A webpack loader for pdf.js (pdfjs-dist) in the pane's bundles. pdf.js can load documents,
// CMaps, fonts and image decoders by URL (fetch, XMLHttpRequest); the add-in only ever hands it the
// bytes of a file the user picked, so none of that runs. Here the network globals are renamed to
// names nothing defines: a call would throw a ReferenceError instead of reaching the network, and
// `typeof` checks see no network at all. pdf.js's own methods named `fetch` (reading objects of the
// PDF) are renamed with them, consistently within each file, and so is the one method of ours pdf.js
// calls by that name (the CMap source in src/extract/pdf.ts). test/security.test.ts greps the build
// for fetch( and XMLHttpRequest.
module.exports = function noNetworkLoader(source) {
  return source.replace(/\bfetch\b/g, "qcOfflineFetch").replace(/\bXMLHttpRequest\b/g, "qcOfflineXHR");
};
