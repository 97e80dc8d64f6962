/** Deepest JSON nesting any request to the studio needs (a catalog file nests 6 levels). */
export const MAX_JSON_DEPTH = 32;

/**
 * Nesting depth of JSON text before parsing it, counting brackets outside strings, without
 * recursion; stops counting once it passes `limit`. Deeper input is refused before `JSON.parse`
 * or any validator walks it, so hostile nesting cannot exhaust the stack.
 */
export function jsonTextDepth(text: string, limit: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (ch === 125 || ch === 93) depth--;
  }
  return max;
}
