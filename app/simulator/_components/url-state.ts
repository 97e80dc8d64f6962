/**
 * The simulator's state in the URL, so a reload, back/forward and a shared link show the same
 * setup and run: `?catalog=dana&scopes=USER_LOGIN_ID,KYC_INFO&outcome=partial&refuse=KYC_INFO&user=…&client=…&run=sim_…`.
 * `scopes` absent means the catalog's default scope; `scopes=` (empty) means none. The run is a
 * reference only: its code and tokens never appear in the URL.
 */
import { parseAsArrayOf, parseAsString } from "nuqs/server";
import { DEFAULT_CATALOG } from "./format";

export const simulatorParams = {
  catalog: parseAsString.withDefault(DEFAULT_CATALOG),
  scopes: parseAsArrayOf(parseAsString),
  outcome: parseAsString.withDefault("approve"),
  refuse: parseAsArrayOf(parseAsString).withDefault([]),
  user: parseAsString,
  client: parseAsString,
  run: parseAsString,
};
