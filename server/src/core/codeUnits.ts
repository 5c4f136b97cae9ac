/**
 * A one-character Unicode class (/\p{L}/u, /[\p{L}\p{N}]/u) tested per UTF-16 code unit and remembered: V8's \p{…}
 * regexes are dear when run character by character, and scanners that read text one code unit at a time (words,
 * quote contexts, header lines) meet the same few hundred code units again and again. Past the text (NaN): false.
 */
export function codeUnitClass(pattern: RegExp): (code: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 not met yet, 1 in the class, 2 not
  return (code: number): boolean => {
    let state = known[code];
    if (state === 0) {
      state = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = state;
    }
    return state === 1;
  };
}

/** Letters and digits of any script. */
export const isLetterOrDigitCode = codeUnitClass(/[\p{L}\p{N}]/u);
