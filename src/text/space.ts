/**
 * Whether a UTF-16 code unit is white space as a regex's `\s` and `String.prototype.trim` read it:
 * spaces, tabs, line breaks, the no-break and other Unicode spaces, and the byte-order mark. For
 * hot loops that test text character by character, where `/\s/.test` would make a one-character
 * string and run a regular expression each time.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
