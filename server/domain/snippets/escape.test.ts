import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  blockCommentText,
  commentLines,
  docComment,
  isJsIdentifier,
  javaCommentText,
  javaString,
  jsString,
  lineComments,
  markdownCode,
  markdownText,
  propertyKey,
  pyString,
  shellQuote,
  singleLine,
} from "./escape";
import { HOSTILE_SCOPE_NAMES, HOSTILE_TEXT } from "./fixtures";

/** The code units of the `\\uXXXX` escapes javac would translate (JLS §3.3: only after an even run of backslashes). */
function javaUnicodeEscapes(text: string): number[] {
  const codes: number[] = [];
  for (const match of text.matchAll(/(\\+)u+([0-9A-Fa-f]{4})/g)) {
    if ((match[1] ?? "").length % 2 === 1) codes.push(Number.parseInt(match[2] ?? "0", 16));
  }
  return codes;
}

const SAMPLES = [...HOSTILE_SCOPE_NAMES, HOSTILE_TEXT, "", "plain", "tab\there", "\u2028\u2029", "😀 astral", "\u0000\u001f\u007f"];

describe("commentLines / singleLine", () => {
  it("splits on every kind of line break and drops control characters", () => {
    expect(commentLines("a\r\nb\rc\nd\u2028e\u2029f\u0085g\fh\vi")).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i"]);
    expect(commentLines("bell\u0007 nul\u0000 del\u007f c1\u009b")).toEqual(["bell nul del c1"]);
    expect(commentLines("\n\n  indented\n\ntrailing   \n\n")).toEqual(["  indented", "", "trailing"]);
  });

  it("never returns a line that contains a line terminator of any target language", () => {
    for (const line of commentLines(HOSTILE_TEXT)) expect(line).not.toMatch(/[\r\n\u2028\u2029\u0085\v\f]/);
    expect(singleLine(HOSTILE_TEXT)).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
  });
});

describe("block comments", () => {
  it("cannot be closed, and catalog text cannot start a JSDoc tag", () => {
    expect(blockCommentText("a */ b /* c")).toBe("a *\\/ b /\\* c");
    expect(blockCommentText("@typedef {number} X")).toBe("\\@typedef {number} X");
    expect(blockCommentText("**/")).toBe("**\\/");
  });

  it("docComment escapes text lines, keeps trusted lines and blank separators", () => {
    expect(docComment(["Title */", "", "one\ntwo", { trusted: "@type {string}" }], "  ")).toBe(
      ["  /**", "   * Title *\\/", "   *", "   * one", "   * two", "   * @type {string}", "   */"].join("\n"),
    );
    expect(docComment([])).toBe("");
  });

  it("the body of a doc comment made from hostile text never contains */", () => {
    const comment = docComment([HOSTILE_TEXT, ...HOSTILE_SCOPE_NAMES]);
    const inner = comment.slice(3, -3);
    expect(inner).not.toContain("*/");
    expect(comment.endsWith(" */")).toBe(true);
  });

  it("Java comments disarm \\u escapes (JLS §3.3: a backslash after an odd run of backslashes is not an escape)", () => {
    expect(javaCommentText("\\u002a\\u002f")).toBe("\\\\u002a\\\\u002f");
    expect(javaCommentText("\\\\\\u000a")).toBe("\\\\\\\\\\\\u000a");
    for (const sample of SAMPLES) expect(javaUnicodeEscapes(javaCommentText(sample))).toEqual([]);
  });

  it("line comments split lines and prefix every one", () => {
    expect(lineComments("a\nb\u2028c", "#")).toEqual(["# a", "# b", "# c"]);
    expect(lineComments("x\n\ny", "//", "  ")).toEqual(["  // x", "  //", "  // y"]);
  });
});

describe("jsString / propertyKey", () => {
  it("round-trips every sample through the JavaScript parser", () => {
    for (const sample of SAMPLES) {
      const literal = jsString(sample);
      expect(new Function(`return ${literal};`)()).toBe(sample);
      expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
      expect(literal).not.toContain("</");
    }
  });

  it("quotes keys that are not identifiers", () => {
    expect(isJsIdentifier("auth_base")).toBe(true);
    expect(isJsIdentifier("123-bad-name")).toBe(false);
    expect(propertyKey("USER_ID")).toBe("USER_ID");
    expect(propertyKey("123-bad-name")).toBe('"123-bad-name"');
    expect(propertyKey("a\"b")).toBe('"a\\"b"');
  });
});

describe("pyString", () => {
  it("is ASCII only and uses \\U for astral characters", () => {
    for (const sample of SAMPLES) expect(pyString(sample)).toMatch(/^"[\x20-\x7e]*"$/);
    expect(pyString("😀")).toBe('"\\U0001f600"');
    expect(pyString('a"b\\c\n')).toBe('"a\\"b\\\\c\\n"');
  });

  const python = spawnSync("python3", ["--version"]).status === 0;
  if (!python) console.warn("[skip] pyString round trip: python3 is not installed");
  it.skipIf(!python)("round-trips every sample through Python's parser (python3 found)", () => {
    const program = `import ast, json, sys\nvalues = [${SAMPLES.map(pyString).join(", ")}]\nsys.stdout.write(json.dumps(values))`;
    const result = spawnSync("python3", ["-c", program], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual(SAMPLES);
  });
});

describe("javaString", () => {
  it("is ASCII only and never emits \\u escapes for characters Java would pre-process into syntax", () => {
    for (const sample of SAMPLES) {
      const literal = javaString(sample);
      expect(literal).toMatch(/^"[\x20-\x7e]*"$/);
      for (const code of javaUnicodeEscapes(literal)) expect(code).toBeGreaterThanOrEqual(0x7f);
    }
    expect(javaString('a"b\\c\n\u0001é')).toBe('"a\\"b\\\\c\\n\\001\\u00e9"');
  });
});

describe("shellQuote", () => {
  it("survives the shell unexpanded", () => {
    const script = SAMPLES.filter((sample) => !sample.includes("\u0000"))
      .map((sample) => `printf '%s\\0' ${shellQuote(sample)}`)
      .join("\n");
    const result = spawnSync("sh", ["-c", script], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout.split("\0").slice(0, -1)).toEqual(SAMPLES.filter((sample) => !sample.includes("\u0000")));
  });
});

describe("markdown", () => {
  it("escapes markup characters and keeps code spans closed", () => {
    expect(markdownText("a *b* <i> [x](y) `c` &amp; |t| ~~s~~")).toBe("a \\*b\\* \\<i\\> \\[x\\](y) \\`c\\` \\&amp; \\|t\\| \\~\\~s\\~\\~");
    expect(markdownText("auth_base and _em_ and DANA (Indonesia)")).toBe("auth_base and \\_em\\_ and DANA (Indonesia)");
    expect(markdownText("# heading")).toBe("\\# heading");
    expect(markdownText("1. item")).toBe("1\\. item");
    expect(markdownCode("plain")).toBe("`plain`");
    expect(markdownCode("a`b")).toBe("``a`b``");
    expect(markdownCode("`x`")).toBe("`` `x` ``");
  });
});
