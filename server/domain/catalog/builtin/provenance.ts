/**
 * Small builders shared by the built-in catalogs, so each catalog file reads as data.
 *
 * Rule of thumb used throughout the built-ins:
 * - `seed(file)` when one of the two stored source documents states the fact (cited by file);
 * - `documented(url)` when the page at `url` states the fact (the reference marks it [OFF] or [MIR]);
 *   the fact also cites the section of the domain reference it was read in;
 * - `assumed(note)` for everything else ([UNCONF], [3P], or the product's own choice), with a note
 *   saying why the value was chosen;
 * - `conflict(readings, note)` where a source contradicts itself: both readings, and which one the
 *   studio uses.
 */
import type { JsapiErrorCode, Provenance, Reading, ResultField, Scope, ScopeErrorValue, SimulatedOutcome } from "../schema";
import { refOf, type SEED } from "./sources";

export function documented(source: string, note?: string): Provenance {
  const ref = refOf(source);
  return { fidelity: "documented", source, ...(ref ? { ref } : {}), ...(note === undefined ? {} : { note }) };
}

/** Stated by a stored source document (`seeds/<file>`), optionally with the page it is a copy of. */
export function seed(file: (typeof SEED)[keyof typeof SEED], options: { source?: string; note?: string } = {}): Provenance {
  return {
    fidelity: "documented",
    ...(options.source ? { source: options.source } : {}),
    ref: `seeds/${file}`,
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}

export function assumed(note: string): Provenance {
  return { fidelity: "assumed", note };
}

export function conflict(readings: Reading[], note: string, source?: string): Provenance {
  return { fidelity: "conflict", ...(source ? { source } : {}), readings: readings.map((r) => ({ ...r })), note };
}

/** The parts of a scope every catalog states; the rest defaults to "nothing stated". */
export type ScopeInput = Pick<
  Scope,
  "name" | "description" | "silent" | "userInfoFields" | "provenance" | "silentProvenance" | "fieldsProvenance"
> &
  Partial<Pick<Scope, "aliases" | "deprecated" | "preassigned" | "errorValue" | "descriptionProvenance">>;

export function scope(input: ScopeInput): Scope {
  return {
    name: input.name,
    description: input.description,
    silent: input.silent,
    userInfoFields: [...input.userInfoFields],
    aliases: input.aliases ? [...input.aliases] : [],
    deprecated: input.deprecated ?? false,
    preassigned: input.preassigned ?? null,
    errorValue: input.errorValue ?? null,
    provenance: input.provenance,
    ...(input.descriptionProvenance ? { descriptionProvenance: input.descriptionProvenance } : {}),
    silentProvenance: input.silentProvenance,
    fieldsProvenance: input.fieldsProvenance,
  };
}

export type ErrorCodeInput = Omit<JsapiErrorCode, "simulates"> & { simulates?: SimulatedOutcome[] };

export function errorCode(input: ErrorCodeInput): JsapiErrorCode {
  return { ...input, simulates: input.simulates ? [...input.simulates] : [] };
}

export function resultField(input: ResultField): ResultField {
  return { ...input };
}

export function scopeErrorValue(input: ScopeErrorValue): ScopeErrorValue {
  return { ...input };
}

/**
 * `error` / `errorMessage` on a JSAPI-level failure. They are documented for the besuperapp and
 * Alipay Connect variants of the Alipay+ page, not for most wallet pages, so most catalogs that take
 * them over pass an assumed provenance.
 */
export function jsapiFailureFields(provenance: Provenance): ResultField[] {
  return [
    resultField({
      name: "error",
      type: "Number",
      presence: "optional",
      description: "JSAPI-level error code, present only when the call itself fails.",
      provenance,
    }),
    resultField({
      name: "errorMessage",
      type: "String",
      presence: "optional",
      description: "Text of the JSAPI-level error, present only when the call itself fails.",
      provenance,
    }),
  ];
}

/**
 * The callback fields of the common Alipay-family shape (wallet-domain.md §1.1), for wallets whose
 * own page does not give a callback table. Presence follows DANA's conditional model, which is the
 * most specific one documented anywhere: authCode and authSuccessScopes on success, authErrorScopes
 * on failure. `successScopes` says how this wallet's success payload is known to carry
 * authSuccessScopes (its own documented example, or assumed from the shared shape).
 */
export function commonResultFields(
  walletNote: string,
  successScopes: Provenance,
  shownInExamples: { authCode?: Provenance; authErrorScopes?: Provenance } = {},
): ResultField[] {
  const note = `${walletNote} Field follows the common Alipay-family callback shape; presence follows DANA's documented conditional model.`;
  return [
    resultField({
      name: "authCode",
      type: "String",
      presence: "on-success",
      description: "Authorization code.",
      provenance: shownInExamples.authCode ?? assumed(note),
    }),
    resultField({
      name: "authErrorScopes",
      type: "Key-value",
      presence: "on-failure",
      description: "The scopes that failed to be granted: key is the scope, value is the error value.",
      provenance: shownInExamples.authErrorScopes ?? assumed(note),
    }),
    resultField({
      name: "authSuccessScopes",
      type: "Array",
      presence: "on-success",
      description: "The scopes that were granted.",
      provenance: successScopes,
    }),
    ...jsapiFailureFields(
      assumed(`${walletNote} error/errorMessage are documented only for the besuperapp and Alipay Connect variants of the Alipay+ page.`),
    ),
  ];
}

/** authSuccessScopes on success, for a wallet whose own pages show no success payload. */
export function assumedSuccessScopes(wallet: string): Provenance {
  return assumed(
    `${wallet}'s callback table is not in the stored sources. authSuccessScopes is sent on success as in the documented GCash and DANA success examples ({"authCode", "authSuccessScopes"}, wallet-domain.md §1.1) and in this catalog's own example.`,
  );
}

/** An example the studio wrote in the wallet's call style because the source shows none. */
export function illustrative(wallet: string): Provenance {
  return assumed(`Illustrative: ${wallet}'s own example is not in the stored sources; written by the studio in the documented call shape.`);
}

/** The data-flow steps of a wallet whose pages do not describe them. */
export function alipayPlusDataFlow(wallet: string): Provenance {
  return assumed(
    `${wallet}'s pages in the sources show no data flow; the steps follow the Alipay+ page's (seeds/000_990cf4b666aceb78.txt), the OAuth 2.0 authorization-code flow every Alipay-family wallet describes (wallet-domain.md §5).`,
  );
}

/**
 * For wallets whose JSAPI error table is not in the stored sources: the two codes that mean the same
 * thing on every platform that documents them (wallet-domain.md §1.10), clearly marked assumed.
 */
export function assumedCommonErrorCodes(walletNote: string): JsapiErrorCode[] {
  const note = `${walletNote} This code is taken from the Alipay-family consolidated table (3 = unknown, 11 = user cancelled on every platform that documents it); the message text is this product's, not the wallet's.`;
  return [
    errorCode({
      code: 3,
      name: "",
      message: "Unknown error",
      meaning: "unknown",
      advice:
        "The wallet could not finish the authorization and gave no reason. Retry once; if it keeps happening, check that the requested scopes are spelled exactly as the wallet lists them (scope names are case-sensitive).",
      provenance: assumed(note),
    }),
    errorCode({
      code: 11,
      name: "",
      message: "User cancelled the authorization",
      meaning: "user-cancel",
      simulates: ["cancel"],
      advice:
        "The user closed or refused the consent page. Explain why the data is needed and call my.getAuthCode again only when the feature needs it, not in a loop.",
      provenance: assumed(note),
    }),
  ];
}
