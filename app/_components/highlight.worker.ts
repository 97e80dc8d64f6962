/**
 * Highlighting off the page's main thread: a Web Worker (started by `code-block.tsx` the first time
 * code is shown) that runs shiki and answers each `{id, code, lang}` with `{id, html}`. Compiling a
 * grammar and tokenizing a few hundred lines takes long enough to freeze the page; here it only
 * delays the colours.
 */
import type { HighlighterCore, LanguageRegistration } from "shiki/core";
import type { HighlightLang, HighlightReply, HighlightRequest } from "./highlight-protocol";

type LangModule = { default: LanguageRegistration[] };

/** Grammars load on first use only (fine-grained bundle: nothing else of shiki ships). */
const LANG_LOADERS: Record<HighlightLang, () => Promise<LangModule>> = {
  json: () => import("@shikijs/langs/json"),
  typescript: () => import("@shikijs/langs/typescript"),
  javascript: () => import("@shikijs/langs/javascript"),
  bash: () => import("@shikijs/langs/bash"),
  python: () => import("@shikijs/langs/python"),
  java: () => import("@shikijs/langs/java"),
  // Embedded fenced-code grammars are lazy in this bundle: only the markdown grammar itself loads.
  markdown: () => import("@shikijs/langs/markdown"),
};

let highlighterPromise: Promise<HighlighterCore> | null = null;
const loadedLangs = new Map<HighlightLang, Promise<void>>();

function getHighlighter(): Promise<HighlighterCore> {
  highlighterPromise ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([import("shiki/core"), import("shiki/engine/javascript")]);
    return createHighlighterCore({
      themes: [import("@shikijs/themes/github-light"), import("@shikijs/themes/github-dark")],
      langs: [],
      engine: createJavaScriptRegexEngine(),
    });
  })();
  highlighterPromise.catch(() => {
    highlighterPromise = null;
  });
  return highlighterPromise;
}

function ensureLang(highlighter: HighlighterCore, lang: HighlightLang): Promise<void> {
  let loading = loadedLangs.get(lang);
  if (!loading) {
    loading = LANG_LOADERS[lang]().then((mod) => highlighter.loadLanguage(mod.default));
    loading.catch(() => loadedLangs.delete(lang));
    loadedLangs.set(lang, loading);
  }
  return loading;
}

async function highlight(code: string, lang: HighlightLang): Promise<string> {
  const highlighter = await getHighlighter();
  await ensureLang(highlighter, lang);
  return highlighter.codeToHtml(code, {
    lang,
    // Both themes as CSS variables (--shiki-light / --shiki-dark); the page picks one per theme.
    themes: { light: "github-light", dark: "github-dark" },
    defaultColor: false,
    transformers: [
      {
        // The page's wrapper is the scroll container (and the one in the tab order), not shiki's <pre>.
        pre(node) {
          delete node.properties.tabindex;
          delete node.properties.style;
        },
      },
    ],
  });
}

const scope = globalThis as unknown as {
  addEventListener(type: "message", listener: (event: MessageEvent<HighlightRequest>) => void): void;
  postMessage(message: HighlightReply): void;
};

scope.addEventListener("message", (event) => {
  const { id, code, lang } = event.data;
  highlight(code, lang).then(
    (html) => scope.postMessage({ id, html }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
