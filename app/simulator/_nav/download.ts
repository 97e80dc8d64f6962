/** Saves `text` as a file through a Blob URL (nothing is stored by the app). */
export function downloadText(filename: string, text: string, type = "application/x-pem-file") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe version of an id. */
export function safeFileName(value: string): string {
  return value.replace(/[^A-Za-z0-9_.-]+/g, "_") || "key";
}
