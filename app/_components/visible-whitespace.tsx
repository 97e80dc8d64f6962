import { Fragment, type ReactNode } from "react";

/**
 * ␍ (U+240D), drawn as the tiny "CR" it depicts: many monospace fonts lack the control pictures.
 * The character itself stays in the text, so a copied selection still says ␍.
 */
export function CarriageReturn() {
  return (
    <span title="carriage return (\r)" className="text-sky-700 dark:text-sky-300">
      <span aria-hidden className="mx-px inline-block rounded-sm border border-current px-px align-[0.1em] text-[0.55em] leading-none font-semibold">
        CR
      </span>
      <span className="sr-only">␍</span>
    </span>
  );
}

/**
 * Text with its invisible characters shown: `\n` as ⏎ (the line still breaks), `\r` as ␍,
 * a tab as ⇥. Meant for a `whitespace-pre-wrap` block, so the exact string stays readable.
 */
export function VisibleWhitespace({ text }: { text: string }) {
  const nodes: ReactNode[] = [];
  let plain = "";
  const flush = () => {
    if (plain) nodes.push(plain);
    plain = "";
  };
  for (const char of text) {
    if (char === "\n" || char === "\r" || char === "\t") {
      flush();
      nodes.push(
        <Fragment key={nodes.length}>
          {char === "\r" ? (
            <CarriageReturn />
          ) : (
            <span title={char === "\n" ? "line feed (\\n)" : "tab (\\t)"} className="text-sky-700 dark:text-sky-300">
              {char === "\n" ? "⏎" : "⇥"}
            </span>
          )}
          {char === "\n" ? "\n" : ""}
        </Fragment>,
      );
    } else {
      plain += char;
    }
  }
  flush();
  return <>{nodes}</>;
}
