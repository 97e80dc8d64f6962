/** CSV for the Activity export: RFC 4180 quoting, and a guard against spreadsheet formula injection. */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One cell. Text starting with = + - @ (or a tab / carriage return) is prefixed with an apostrophe
 * so spreadsheets show it as text instead of running it as a formula; numbers are written as-is.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
