/** Hostile input for property tests: anything a user, a document or Excel can hand us. */
import fc from "fast-check";

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Characters that plans and users really produce, mixed with the awkward ones. */
const planChar = fc.constantFrom(
  ..."0123456789.%‰≥≤<>—-~，。、；：（）()“”《》以上以下以内达到不低于控制在分别和及个件项家天dB(A)万吨率合格监测全覆盖到2020年".split(""),
  "\u200f", "\u202e", "\ufeff", "\u0000", "\t", "\n", "\r", "０", "９", "％", "．", "\ud800", "\udfff", "𠀀",
);

export const hostileString = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 200 }),
  fc.string({ unit: planChar, maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
);

export const hostileNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1e308, -1e308, 5e-324, 1, -1, 0.98, 98),
  fc.integer(),
);

/** What Excel can pass a custom function for one cell. */
export const cellValue = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(""));
