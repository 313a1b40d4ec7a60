// A webpack loader for third-party bundles that carry a dormant `new Function` branch: exceljs's
// browser build includes the setImmediate polyfill, which compiles a string argument with
// `new Function`. Nothing in the add-in passes it a string, and the pane's Content-Security-Policy
// forbids string compilation anyway; this makes the branch throw instead, so the shipped code holds
// no eval at all (test/security.test.ts greps the build for it).
module.exports = function noEvalLoader(source) {
  const patched = source.replace(/new Function\(""\+(\w+)\)/g, (_m, v) => `function(){throw new TypeError("setImmediate: "+typeof ${v}+" is not a function")}`);
  if (/\bnew Function\(|\beval\(/.test(patched)) this.emitError(new Error(`${this.resourcePath} still compiles strings after patching`));
  return patched;
};
