/**
 * Escaping for everything a snippet takes from a catalog. Catalog text is user-editable (names,
 * descriptions, scope names with `-`, `.`, `<`, quotes or backslashes), so it only ever reaches
 * generated code through one of these helpers: as a string literal of the target language, as a
 * quoted property key, or as comment text that cannot close its comment.
 *
 * Nothing here is language-agnostic on purpose: each language has its own literal rules (Java
 * pre-processes `\uXXXX` even inside comments; Python needs `\U` for astral characters; a shell
 * single-quoted string cannot hold `'`).
 */

/** Characters that end a line in at least one target language (JS treats U+2028/U+2029 as line ends). */
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/;
/** C0/C1 control characters other than tab, and DEL: never useful in generated comments. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Split catalog text into comment-safe lines: every kind of line break splits, control characters go. */
export function commentLines(text: string): string[] {
  const lines = text.split(LINE_BREAKS).map((line) => line.replace(CONTROL, "").replace(/\s+$/, ""));
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  while (lines.length > 0 && lines[0] === "") lines.shift();
  return lines;
}

/** One-line form of catalog text (for `//` and `#` comments and headings). */
export function singleLine(text: string): string {
  return commentLines(text).join(" ").replace(/\s+/g, " ").trim();
}

/**
 * Text for the inside of a C-style block comment (`/* … *\/`, JSDoc, Javadoc): `*\/` cannot occur,
 * and `@` is written `\@` so catalog text cannot start a JSDoc tag (TypeScript reads `@typedef`
 * and `@type` anywhere in a `/**` comment of a checked JavaScript file, not only at line starts).
 */
export function blockCommentText(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\/\*/g, "/\\*").replace(/@/g, "\\@");
}

/**
 * Java translates `\uXXXX` before lexing, even inside comments and strings, so a catalog text holding
 * `\u002a\u002f` would close a comment. A backslash preceded by an odd number of backslashes cannot
 * start such an escape (JLS §3.3), so doubling every backslash disarms all of them.
 */
export function javaCommentText(text: string): string {
  return blockCommentText(text.replace(/\\/g, "\\\\"));
}

/** A line of a doc comment written by the generator itself (e.g. a JSDoc tag): inserted as-is. */
export type TrustedLine = { trusted: string };

/**
 * A doc-comment block: `/**`, one ` * ` line per line of text, ` *\/`. Strings are catalog or
 * generator text and are escaped; `{ trusted }` lines (JSDoc tags the generator writes) are not.
 * Empty strings become blank comment lines.
 */
export function docComment(paragraphs: ReadonlyArray<string | TrustedLine>, indent = "", escapeText: (text: string) => string = blockCommentText): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    if (typeof paragraph !== "string") lines.push(`${indent} * ${paragraph.trusted}`);
    else if (paragraph === "") lines.push(`${indent} *`);
    else lines.push(...commentLines(paragraph).map((line) => (line === "" ? `${indent} *` : `${indent} * ${escapeText(line)}`)));
  }
  while (lines.length > 0 && lines[lines.length - 1] === `${indent} *`) lines.pop();
  if (lines.length === 0) return "";
  return [`${indent}/**`, ...lines, `${indent} */`].join("\n");
}

/** Comment lines for languages with line comments (`#` for shell and Python, `//` for JS/TS/Java). */
export function lineComments(text: string, prefix: "#" | "//", indent = "", escapeText: (text: string) => string = (t) => t): string[] {
  return commentLines(text).map((line) => (line === "" ? `${indent}${prefix}` : `${indent}${prefix} ${escapeText(line)}`));
}

const NEEDS_JS_ESCAPE = /[\u2028\u2029]|<\//;

/**
 * A JavaScript/TypeScript string literal (double-quoted). JSON escaping covers quotes, backslashes
 * and control characters; U+2028/U+2029 are escaped too so older parsers and `//` comments nearby
 * stay intact, and `</` is broken up so the literal is also safe inside an HTML `<script>` block.
 */
export function jsString(value: string): string {
  const json = JSON.stringify(value);
  if (!NEEDS_JS_ESCAPE.test(json)) return json;
  return json.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/<\//g, "<\\/");
}


const JS_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isJsIdentifier(name: string): boolean {
  return JS_IDENTIFIER.test(name);
}

/**
 * A property key for an object type or object literal: bare when it is an identifier, otherwise a
 * quoted string. `__proto__` is always quoted-and-computed-safe in types; callers building runtime
 * objects keyed by catalog text must not use this (use arrays or Maps instead).
 */
export function propertyKey(name: string): string {
  return isJsIdentifier(name) ? name : jsString(name);
}

/** A Python string literal (double-quoted, ASCII only: `\xNN`, `\uNNNN`, `\UNNNNNNNN` escapes). */
export function pyString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === '"') out += '\\"';
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if (code < 0x7f) out += char;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += `\\U${code.toString(16).padStart(8, "0")}`;
  }
  return `${out}"`;
}

/**
 * A Java string literal, ASCII only. Control characters use octal escapes, never `\u000a`-style
 * escapes (Java would turn those into a real line break before lexing). Non-ASCII characters become
 * `\uXXXX` UTF-16 units, which is what Java wants.
 */
export function javaString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? "";
    const code = value.charCodeAt(i);
    if (char === "\\") out += "\\\\";
    else if (char === '"') out += '\\"';
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, "0")}`;
    else if (code < 0x7f) out += char;
    else out += `\\u${code.toString(16).padStart(4, "0")}`;
  }
  return `${out}"`;
}

/** A POSIX shell word in single quotes: nothing inside is expanded; `'` becomes `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

const WORD = /[A-Za-z0-9]/;

/**
 * Markdown text (one line) that renders as the text itself: characters that start markup, HTML,
 * entities or tables are backslash-escaped; `_` only where it could open or close emphasis (not in
 * `auth_base`); a leading `#`, `-`, `+`, `=` or `1.` cannot start a heading or a list.
 */
export function markdownText(text: string): string {
  return singleLine(text)
    .replace(/[\\`*[\]<>|~&]/g, (char) => `\\${char}`)
    .replace(/_/g, (char, offset: number, all: string) => (WORD.test(all[offset - 1] ?? "") && WORD.test(all[offset + 1] ?? "") ? char : "\\_"))
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** Inline code span that holds any text: the fence is one backtick longer than the longest run inside. */
export function markdownCode(text: string): string {
  const value = singleLine(text);
  const longest = Math.max(0, ...Array.from(value.matchAll(/`+/g), (match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}
