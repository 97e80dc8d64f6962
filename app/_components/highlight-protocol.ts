/** Messages between the page (`code-block.tsx`) and the highlighting worker (`highlight.worker.ts`). */
export type HighlightLang = "json" | "typescript" | "javascript" | "bash" | "python" | "java" | "markdown";

export type HighlightRequest = { id: number; code: string; lang: HighlightLang };

export type HighlightReply = { id: number; html: string } | { id: number; error: string };
