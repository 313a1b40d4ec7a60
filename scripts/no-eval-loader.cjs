// A webpack loader for third-party code in the browser bundles. Some libraries carry dormant
// string-compiling branches: the setImmediate polyfill inside exceljs's and jszip's browser builds
// compiles a string argument with `new Function`. Nothing in the add-in reaches them, and the pane's
// Content-Security-Policy forbids string compilation anyway; here every `new Function(...)` becomes
// a constructor that throws an EvalError, so the shipped code compiles no strings at all
// (test/security.test.ts greps the build for it).
const THROWER = '(function(){throw new EvalError("qc-indicators: compiling strings is disabled")})';
module.exports = function noEvalLoader(source) {
  const patched = source.replace(/\bnew\s+Function\s*\(/g, `new ${THROWER}(`);
  if (/(^|[^.\w$])eval\s*\(/.test(patched)) this.emitError(new Error(`${this.resourcePath} calls eval`));
  return patched;
};
