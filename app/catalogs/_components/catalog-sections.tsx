"use client";

import { useMemo, useState, type ReactNode } from "react";
import type {
  ApiVersion,
  Catalog,
  ErrorMeaning,
  JsapiProfile,
  Presence,
  Provenance,
  ServerApiProfile,
  SimulatedOutcome,
} from "@/server/domain/catalog/schema";
import { Badge, SilentBadge } from "@/app/_components/ui/badge";
import { FidelityDetail } from "@/app/_components/fidelity-detail";
import { Button } from "@/app/_components/ui/button";
import { EmptyState } from "@/app/_components/ui/feedback";
import { TextField } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { specSummary, WALLET_API_BASE } from "@/server/domain/wallet-api/endpoint-paths";
import { formatDuration } from "@/app/_components/time/format";
import { plural } from "./format";
import { ScrollRegion } from "@/app/_components/ui/scroll-region";

/** Read-only rendering of every part of a catalog document. All values are rendered as text. */

export const RESULT_CODES: Record<ApiVersion, readonly string[]> = {
  v1: ["INVALID_CODE", "USED_CODE", "EXPIRED_CODE"],
  v2: ["INVALID_AUTHCODE", "USED_AUTHCODE", "EXPIRED_AUTHCODE"],
};

const MEANINGS: Record<ErrorMeaning, string> = {
  unknown: "Unknown",
  "user-cancel": "User cancelled",
  "user-denied": "User denied",
  timeout: "Timeout",
  system: "System error",
  network: "Network",
  "empty-result": "Empty result",
  "no-permission": "No permission",
  "pending-agreement": "Pending agreement",
  "not-eligible": "Not eligible",
};

const PRESENCE: Record<Presence, string> = {
  always: "Always",
  optional: "Optional",
  "on-success": "On success",
  "on-failure": "On failure",
};

const TIME_FORMATS: Record<ServerApiProfile["requestTimeFormat"], string> = {
  iso8601: "ISO 8601 (e.g. 2026-01-31T12:00:00+08:00)",
  "epoch-ms": "Epoch milliseconds (e.g. 1769832000000)",
  either: "ISO 8601 or epoch milliseconds",
};

const SCOPES_TYPE: Record<JsapiProfile["scopesType"], string> = {
  array: "Array of strings",
  "string-or-array": "String or array of strings",
};

const SCOPE_ROW_LIMIT = 500;

/** The label of a fact in a table cell: its badge, and a conflict's readings behind a disclosure. */
function Fidelity({ provenance, subject }: { provenance: Provenance; subject: string }) {
  return <FidelityDetail label={provenance} compact subject={subject} />;
}

/** The label with where it was read, why it was assumed, or both readings (for profile-level facts, where there is room). */
function ProvenanceLine({ provenance, label }: { provenance: Provenance; label?: string }) {
  return (
    <div className="mt-1 flex flex-wrap items-start gap-2 text-xs text-slate-600 dark:text-slate-400">
      {label && <span className="font-medium">{label}</span>}
      <FidelityDetail label={provenance} className="min-w-0 flex-1" />
    </div>
  );
}

const SIMULATES: Record<SimulatedOutcome, string> = {
  deny: "deny",
  cancel: "cancel",
  timeout: "timeout (consent page left open)",
  "wallet-timeout": "wallet timeout (the wallet does not answer)",
};

function Mono({ children }: { children: ReactNode }) {
  return <code className="break-words font-mono text-[0.8125rem] text-slate-900 dark:text-slate-100">{children}</code>;
}

function None({ children = "—" }: { children?: ReactNode }) {
  return <span className="text-slate-500 dark:text-slate-400">{children}</span>;
}

function SectionCard({ id, title, count, children }: { id: string; title: string; count?: string; children: ReactNode }) {
  return (
    <Card className="p-4 sm:p-5">
      <h2 id={id} className="flex scroll-mt-6 flex-wrap items-baseline gap-x-2 text-lg font-semibold text-slate-900 dark:text-white">
        {title}
        {count && <span className="text-sm font-normal text-slate-600 dark:text-slate-400">{count}</span>}
      </h2>
      <div className="mt-3">{children}</div>
    </Card>
  );
}

/** Horizontal scrolling for wide tables, reachable by keyboard. */
function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ScrollRegion label={label} className="-mx-4 border-y border-slate-200 sm:-mx-5 dark:border-slate-800">
      {children}
    </ScrollRegion>
  );
}

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300";
const td = "px-3 py-2.5 align-top";
const theadClass = "bg-slate-50 dark:bg-slate-800/60";

type Column = string | { label: string; title: string };

/** A table's header row: one `<th scope="col">` per column (a column may carry a tooltip). */
function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead className={theadClass}>
      <tr>
        {columns.map((column) => {
          const { label, title } = typeof column === "string" ? { label: column, title: undefined } : column;
          return (
            <th key={label} scope="col" className={th} title={title}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
const tbodyClass = "divide-y divide-slate-100 dark:divide-slate-800";

/** A profile's list as a table (one row per item, its first cell the row header), or a line saying it is empty. */
function ListTable<T>({
  items,
  empty,
  label,
  minWidth,
  columns,
  rowKey,
  row,
}: {
  items: readonly T[];
  empty: string;
  label: string;
  minWidth: string;
  columns: Column[];
  rowKey: (item: T, index: number) => string;
  row: (item: T) => ReactNode;
}) {
  if (items.length === 0) {
    return (
      <p className="mt-1 text-sm">
        <None>{empty}</None>
      </p>
    );
  }
  return (
    <div className="mt-2">
      <TableWrap label={label}>
        <table className={`w-full ${minWidth} text-sm`}>
          <TableHead columns={columns} />
          <tbody className={tbodyClass}>
            {items.map((item, index) => (
              <tr key={rowKey(item, index)}>{row(item)}</tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}

function Dl({ children, columns = 2 }: { children: ReactNode; columns?: 2 | 3 }) {
  return <dl className={`grid gap-x-6 gap-y-4 sm:grid-cols-2 ${columns === 3 ? "lg:grid-cols-3" : ""}`}>{children}</dl>;
}

function Item({ term, children, wide }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">{term}</dt>
      <dd className="mt-1 text-sm text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

export function OverviewSection({ catalog }: { catalog: Catalog }) {
  return (
    <SectionCard id="overview" title="Overview">
      {catalog.description ? (
        <p className="max-w-4xl whitespace-pre-line break-words text-sm text-slate-700 dark:text-slate-300">{catalog.description}</p>
      ) : (
        <p className="text-sm">
          <None>No description.</None>
        </p>
      )}
      <h3 id="sources" className="mt-5 scroll-mt-6 text-sm font-semibold text-slate-900 dark:text-white">
        Sources
      </h3>
      {catalog.sources.length === 0 ? (
        <p className="mt-1 text-sm">
          <None>No source links.</None>
        </p>
      ) : (
        <ul className="mt-1 space-y-1.5 text-sm">
          {catalog.sources.map((source, index) => (
            <li key={`${index}:${source.url ?? source.ref ?? ""}`} className="break-words">
              {source.url ? (
                <a
                  href={source.url}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="font-medium text-brand-700 hover:underline dark:text-brand-100"
                >
                  {source.title}
                </a>
              ) : (
                <span className="font-medium text-slate-800 dark:text-slate-200">{source.title}</span>
              )}
              {source.url ? <span className="block break-all font-mono text-xs text-slate-500 dark:text-slate-400">{source.url}</span> : null}
              {source.ref ? (
                <span className="block break-all font-mono text-xs text-slate-500 dark:text-slate-400">Stored copy: {source.ref}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function matchesScope(scope: Catalog["scopes"][number], words: string[]): boolean {
  const haystack = [scope.name, scope.description, ...scope.aliases, ...scope.userInfoFields, scope.silent ? "silent" : "consent"]
    .join("\n")
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function ScopesSection({ catalog }: { catalog: Catalog }) {
  const [query, setQuery] = useState("");
  const [showAll, setShowAll] = useState(false);
  const filtered = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return words.length === 0 ? catalog.scopes : catalog.scopes.filter((scope) => matchesScope(scope, words));
  }, [catalog.scopes, query]);
  const shown = showAll ? filtered : filtered.slice(0, SCOPE_ROW_LIMIT);
  const silentCount = catalog.scopes.filter((scope) => scope.silent).length;

  return (
    <SectionCard
      id="scopes"
      title="Scopes"
      count={`${plural(catalog.scopes.length, "scope")} · ${silentCount} silent · ${catalog.scopes.length - silentCount} with consent`}
    >
      {catalog.scopes.length === 0 ? (
        <EmptyState title="No scopes">This catalog lists no scopes yet.</EmptyState>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
            <TextField
              label="Filter scopes"
              type="search"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setShowAll(false);
              }}
              placeholder="Name, description, alias or field"
              className="w-full max-w-sm"
            />
            {query && (
              <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
                {filtered.length} of {plural(catalog.scopes.length, "scope")} match
              </p>
            )}
          </div>
          {filtered.length === 0 ? (
            <EmptyState title={`No scope matches “${query.trim()}”`} />
          ) : (
            <TableWrap label="Scopes table">
              <table className="w-full min-w-[48rem] text-sm">
                <TableHead columns={["Scope", "Description", "Consent", "User-info fields", "Preassigned", { label: "Error value", title: "Value placed in authErrorScopes when this scope is refused" }]} />
                <tbody className={tbodyClass}>
                  {shown.map((scope) => (
                    <tr key={scope.name}>
                      <th scope="row" className={`${td} text-left font-normal`}>
                        <Mono>{scope.name}</Mono>
                        {scope.aliases.length > 0 && (
                          <div className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                            Aliases:{" "}
                            {scope.aliases.map((alias, index) => (
                              <span key={`${index}:${alias}`}>
                                {index > 0 && ", "}
                                <Mono>{alias}</Mono>
                              </span>
                            ))}
                          </div>
                        )}
                        <div className="mt-1 flex flex-wrap gap-1">
                          {scope.deprecated && <Badge tone="red">deprecated</Badge>}
                          <Fidelity provenance={scope.provenance} subject={`the scope ${scope.name}`} />
                        </div>
                      </th>
                      <td className={`${td} min-w-48 break-words text-slate-700 dark:text-slate-300`}>
                        {scope.description || <None />}
                        {scope.descriptionProvenance && (
                          <div className="mt-1">
                            <Fidelity provenance={scope.descriptionProvenance} subject={`${scope.name}'s description`} />
                          </div>
                        )}
                      </td>
                      <td className={td}>
                        <div className="flex flex-col items-start gap-1">
                          <SilentBadge silent={scope.silent} />
                          <Fidelity provenance={scope.silentProvenance} subject={`${scope.name}'s silent flag`} />
                        </div>
                      </td>
                      <td className={td}>
                        {scope.userInfoFields.length === 0 ? (
                          <None>none</None>
                        ) : (
                          <ul className="space-y-0.5">
                            {scope.userInfoFields.map((field, index) => (
                              <li key={`${index}:${field}`}>
                                <Mono>{field}</Mono>
                              </li>
                            ))}
                          </ul>
                        )}
                        <div className="mt-1">
                          <Fidelity provenance={scope.fieldsProvenance} subject={`${scope.name}'s user-info fields`} />
                        </div>
                      </td>
                      <td className={td}>
                        {scope.preassigned === null ? <None>not stated</None> : scope.preassigned ? "Yes" : "No"}
                      </td>
                      <td className={td}>
                        {scope.errorValue === null ? (
                          <None>
                            default <Mono>{catalog.jsapi.defaultScopeErrorValue}</Mono>
                          </None>
                        ) : (
                          <Mono>{scope.errorValue}</Mono>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          {shown.length < filtered.length && (
            <div className="mt-3">
              <Button size="sm" onClick={() => setShowAll(true)}>
                Show all {plural(filtered.length, "scope")}
              </Button>
            </div>
          )}
        </>
      )}
    </SectionCard>
  );
}

export function ErrorCodesSection({ catalog }: { catalog: Catalog }) {
  return (
    <SectionCard id="error-codes" title="JSAPI error codes" count={plural(catalog.errorCodes.length, "code")}>
      {catalog.errorCodes.length === 0 ? (
        <EmptyState title="No error codes">This catalog documents no my.getAuthCode error codes.</EmptyState>
      ) : (
        <TableWrap label="JSAPI error codes table">
          <table className="w-full min-w-[48rem] text-sm">
            <TableHead
              columns={[
                "Code",
                "Name (as documented)",
                "Message",
                "Meaning",
                { label: "Simulates", title: "The simulated outcomes the simulator answers with this code" },
                "Advice",
                "Fidelity",
              ]}
            />
            <tbody className={tbodyClass}>
              {catalog.errorCodes.map((error) => (
                <tr key={error.code}>
                  <th scope="row" className={`${td} text-left font-normal tabular-nums`}>
                    <Mono>{error.code}</Mono>
                  </th>
                  <td className={td}>{error.name ? <Mono>{error.name}</Mono> : <None>no name</None>}</td>
                  <td className={`${td} break-words`}>{error.message || <None />}</td>
                  <td className={`${td} whitespace-nowrap`}>{MEANINGS[error.meaning]}</td>
                  <td className={`${td} min-w-36`}>
                    {error.simulates.length === 0 ? <None>only when chosen</None> : <>answers: {error.simulates.map((outcome) => SIMULATES[outcome]).join(", ")}</>}
                  </td>
                  <td className={`${td} min-w-64 max-w-md break-words text-slate-700 dark:text-slate-300`}>{error.advice || <None />}</td>
                  <td className={td}>
                    <Fidelity provenance={error.provenance} subject={`error ${error.code}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </SectionCard>
  );
}

/** Whether an example is the source's own or one the studio wrote. */
export function exampleKind(provenance: Provenance): string {
  return provenance.fidelity === "assumed" ? "illustrative" : "the source's example";
}

function Example({ title, text, provenance }: { title: string; text: string; provenance: Provenance }) {
  return (
    <div className="min-w-0">
      <h4 className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {title} <span className="font-normal normal-case">· {exampleKind(provenance)}</span>
      </h4>
      <FidelityDetail label={provenance} className="mt-1" />
      {text ? (
        <pre className="mt-1 whitespace-pre-wrap break-words rounded-md bg-slate-100 p-3 font-mono text-xs text-slate-800 [overflow-wrap:anywhere] dark:bg-slate-950 dark:text-slate-200">
          {text}
        </pre>
      ) : (
        <p className="mt-1 text-sm">
          <None>No example.</None>
        </p>
      )}
    </div>
  );
}

export function JsapiSection({ catalog }: { catalog: Catalog }) {
  const { jsapi } = catalog;
  return (
    <SectionCard id="jsapi" title="JSAPI profile" count="my.getAuthCode">
      <h3 className="text-sm font-semibold text-slate-900 dark:text-white">
        The <Mono>scopes</Mono> parameter
      </h3>
      <div className="mt-2">
        <Dl>
          <Item term="Type">{SCOPES_TYPE[jsapi.scopesType]}</Item>
          <Item term="Required">{jsapi.scopesRequired ? "Yes" : "No"}</Item>
          <Item term="Default scope (when scopes is omitted)">
            {jsapi.defaultScope ? <Mono>{jsapi.defaultScope}</Mono> : <None>{jsapi.scopesRequired ? "not applicable" : "none"}</None>}
          </Item>
        </Dl>
        <ProvenanceLine provenance={jsapi.scopesProvenance} label="Source:" />
      </div>

      <h3 className="mt-6 text-sm font-semibold text-slate-900 dark:text-white">Other parameters</h3>
      <ListTable
        items={jsapi.params}
        empty="None: my.getAuthCode takes only scopes and the callbacks."
        label="my.getAuthCode parameters table"
        minWidth="min-w-[40rem]"
        columns={["Parameter", "Type", "Required", "Description", "Example", "Fidelity"]}
        rowKey={(param) => param.name}
        row={(param) => (
          <>
            <th scope="row" className={`${td} whitespace-nowrap text-left font-normal`}>
              <Mono>{param.name}</Mono>
            </th>
            <td className={td}>{param.type}</td>
            <td className={td}>{param.required ? "Yes" : "No"}</td>
            <td className={`${td} break-words text-slate-700 dark:text-slate-300`}>{param.description || <None />}</td>
            <td className={td}>{param.example ? <Mono>{param.example}</Mono> : <None />}</td>
            <td className={td}>
              <Fidelity provenance={param.provenance} subject={param.name} />
            </td>
          </>
        )}
      />

      <h3 className="mt-6 text-sm font-semibold text-slate-900 dark:text-white">Result fields</h3>
      <ListTable
        items={jsapi.resultFields}
        empty="No result fields listed."
        label="Result fields table"
        minWidth="min-w-[40rem]"
        columns={["Field", "Type", "Presence", "Description", "Fidelity"]}
        rowKey={(field) => field.name}
        row={(field) => (
          <>
            <th scope="row" className={`${td} whitespace-nowrap text-left font-normal`}>
              <Mono>{field.name}</Mono>
            </th>
            <td className={td}>{field.type}</td>
            <td className={`${td} whitespace-nowrap`}>{PRESENCE[field.presence]}</td>
            <td className={`${td} break-words text-slate-700 dark:text-slate-300`}>{field.description || <None />}</td>
            <td className={td}>
              <Fidelity provenance={field.provenance} subject={field.name} />
            </td>
          </>
        )}
      />

      <h3 className="mt-6 text-sm font-semibold text-slate-900 dark:text-white">
        Scope error values <span className="font-normal text-slate-600 dark:text-slate-400">(in authErrorScopes)</span>
      </h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Default value for a refused scope: <Mono>{jsapi.defaultScopeErrorValue}</Mono>
      </p>
      <ListTable
        items={jsapi.scopeErrorValues}
        empty="No other values listed."
        label="Scope error values table"
        minWidth="min-w-[32rem]"
        columns={["Value", "Meaning", "Fidelity"]}
        rowKey={(value, index) => `${index}:${value.value}`}
        row={(value) => (
          <>
            <th scope="row" className={`${td} text-left font-normal`}>
              <Mono>{value.value}</Mono>
            </th>
            <td className={`${td} break-words`}>{value.meaning || <None />}</td>
            <td className={td}>
              <Fidelity provenance={value.provenance} subject={`the error value ${value.value}`} />
            </td>
          </>
        )}
      />

      <h3 className="mt-6 text-sm font-semibold text-slate-900 dark:text-white">Examples</h3>
      <div className="mt-2 grid gap-4 lg:grid-cols-3">
        <Example title="Request" text={jsapi.examples.request} provenance={jsapi.examplesProvenance.request} />
        <Example title="Success" text={jsapi.examples.success} provenance={jsapi.examplesProvenance.success} />
        <Example title="Failure" text={jsapi.examples.fail} provenance={jsapi.examplesProvenance.fail} />
      </div>

      <h3 className="mt-6 text-sm font-semibold text-slate-900 dark:text-white">Data flow</h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        The steps the simulator walks: <Mono>my.getAuthCode</Mono> → consent page → authCode → your backend calls <Mono>applyToken</Mono> → tokens →{" "}
        <Mono>inquiryUserInfo</Mono>.
      </p>
      <ProvenanceLine provenance={jsapi.dataFlowProvenance} label="Source:" />
    </SectionCard>
  );
}

export function ServerApiSection({ catalog }: { catalog: Catalog }) {
  const api = catalog.serverApi;
  return (
    <SectionCard id="server-api" title="Server API profile" count={plural(api.endpoints.length, "endpoint")}>
      <Dl>
        <Item term="Endpoints served (others answer INVALID_API)" wide>
          <ul className="space-y-1">
            {api.endpoints.map((entry) => {
              const spec = specSummary(entry.spec);
              return (
                <li key={entry.spec} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                  <span className="font-medium">{spec.label}</span>
                  <Mono>{`POST ${spec.path}`}</Mono>
                  <span className="text-xs text-slate-500 dark:text-slate-400">
                    codes in {spec.version} naming: {RESULT_CODES[spec.version].join(", ")}
                  </span>
                  <ProvenanceLine provenance={entry.provenance} label="Source:" />
                </li>
              );
            })}
          </ul>
        </Item>
        <Item term="customerBelongsTo">{api.customerBelongsTo ? <Mono>{api.customerBelongsTo}</Mono> : <None>none documented (not sent)</None>}</Item>
        <Item term={`Path ${api.pathPrefixes.length === 1 ? "prefix" : "prefixes"} (mock wallet URLs)`} wide>
          <ul className="space-y-0.5">
            {api.pathPrefixes.map((prefix) => (
              <li key={prefix}>
                <Mono>{`${WALLET_API_BASE}/${catalog.slug}${prefix}/…`}</Mono>{" "}
                <span className="text-xs text-slate-500 dark:text-slate-400">
                  {prefix ? (
                    <>
                      (prefix <Mono>{prefix}</Mono>)
                    </>
                  ) : (
                    "(no prefix)"
                  )}
                </span>
              </li>
            ))}
          </ul>
        </Item>
        <Item term="Request time format">{TIME_FORMATS[api.requestTimeFormat]}</Item>
        <Item term="Refresh token rotation">
          {api.rotateRefreshToken
            ? "Rotates: refreshing returns a new refresh token and retires the old one"
            : "No rotation: the same refresh token stays valid"}
        </Item>
      </Dl>
      <ProvenanceLine provenance={api.provenance} label="Source:" />

      <h3 className="mt-6 text-sm font-semibold text-slate-900 dark:text-white">Lifetimes</h3>
      <div className="mt-2">
        <Dl columns={3}>
          {(
            [
              ["authCode lifetime", api.authCodeTtlSeconds],
              ["Access token lifetime", api.accessTokenTtlSeconds],
              ["Refresh token lifetime", api.refreshTokenTtlSeconds],
            ] as const
          ).map(([term, seconds]) => (
            <Item key={term} term={term}>
              {formatDuration(seconds)}{" "}
              <span className="text-xs text-slate-500 dark:text-slate-400">({seconds.toLocaleString("en")} s)</span>
            </Item>
          ))}
        </Dl>
        <ProvenanceLine provenance={api.lifetimesProvenance} label="Source:" />
      </div>
    </SectionCard>
  );
}
