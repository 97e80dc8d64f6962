/** Display helpers shared by the catalog pages. */

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? word : pluralWord}`;
}

/** The slug of a dynamic route segment, decoded when it arrives percent-encoded (never throws). */
export function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
