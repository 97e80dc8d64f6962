"use client";

import { lazy, Suspense, useEffect } from "react";
import { loadOnce } from "@/app/_components/load-once";
import { Spinner } from "@/app/_components/ui/feedback";
import type * as EditorModule from "./catalog-editor";

const loadEditor = loadOnce<typeof EditorModule>(() => import("./catalog-editor"));

const Editor = lazy(() => loadEditor().then((module) => ({ default: module.CatalogEditor })));

/**
 * Starts fetching the editor when the page opens, so it arrives while the catalog it edits loads
 * instead of with the page's first paint: the form is most of the code of the editor's pages.
 */
export function usePreloadedEditor(): void {
  useEffect(() => {
    loadEditor().catch(() => {
      // Shown by the editor's Suspense boundary when it renders.
    });
  }, []);
}

/** The catalog editor, shown once its code has arrived (a spinner until then). */
export function LazyCatalogEditor(props: EditorModule.CatalogEditorProps) {
  return (
    <Suspense fallback={<Spinner label="Opening the editor" />}>
      <Editor {...props} />
    </Suspense>
  );
}
