"use client";

import { memo } from "react";
import { Button } from "@/app/_components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/app/_components/ui/field";
import type { ApiVersion, Catalog, ServerApiProfile } from "@/server/domain/catalog/schema";
import { ENDPOINT_SPEC_IDS, specSummary, type EndpointSpecId } from "@/server/domain/wallet-api/endpoint-paths";

const ENDPOINT_CHOICES = ENDPOINT_SPEC_IDS.map(specSummary);
import { removeAt, replaceAt } from "./editor-state";
import { CompactTextInput, DurationField, ListError, RowButton, SectionCard } from "./fields";
import { ProvenanceDisclosure, provenanceErrors } from "./provenance-fields";
import { LABELS, type ErrorMap } from "./validation";

const VERSION_OPTIONS: ReadonlyArray<readonly [ApiVersion, string]> = [
  ["v1", "v1 — INVALID_CODE / USED_CODE / EXPIRED_CODE"],
  ["v2", "v2 — INVALID_AUTHCODE / USED_AUTHCODE / EXPIRED_AUTHCODE"],
];

const TIME_FORMAT_OPTIONS: ReadonlyArray<readonly [ServerApiProfile["requestTimeFormat"], string]> = [
  ["iso8601", "ISO 8601 (2025-05-27T10:00:00+07:00)"],
  ["epoch-ms", "Epoch milliseconds (1748314800000)"],
  ["either", "Either"],
];

export const ServerApiSection = memo(function ServerApiSection({
  serverApi,
  errors,
  edit,
}: {
  serverApi: ServerApiProfile;
  errors: ErrorMap;
  edit: (recipe: (catalog: Catalog) => Catalog) => void;
}) {
  const set = (patch: Partial<ServerApiProfile>) => edit((c) => ({ ...c, serverApi: { ...c.serverApi, ...patch } }));
  const setPrefixes = (recipe: (prefixes: string[]) => string[]) =>
    edit((c) => ({ ...c, serverApi: { ...c.serverApi, pathPrefixes: recipe(c.serverApi.pathPrefixes) } }));
  const prefixes = serverApi.pathPrefixes;
  const served = serverApi.endpoints;
  const toggleEndpoint = (spec: EndpointSpecId, on: boolean) =>
    edit((c) => {
      const list = c.serverApi.endpoints.filter((entry) => entry.spec !== spec);
      const endpoints = on ? [...list, { spec, provenance: { fidelity: "assumed" as const, note: "Chosen in the catalog editor." } }] : list;
      // Keep the specs' own order, so the list reads the same however it was ticked.
      endpoints.sort((a, b) => ENDPOINT_SPEC_IDS.indexOf(a.spec) - ENDPOINT_SPEC_IDS.indexOf(b.spec));
      return { ...c, serverApi: { ...c.serverApi, endpoints } };
    });
  const setEndpointProvenance = (index: number, provenance: ServerApiProfile["endpoints"][number]["provenance"]) =>
    edit((c) => ({ ...c, serverApi: { ...c.serverApi, endpoints: c.serverApi.endpoints.map((entry, i) => (i === index ? { ...entry, provenance } : entry)) } }));

  return (
    <SectionCard
      id="server-api"
      title="Server API profile"
      dataField="serverApi"
      description="The wallet's server API (applyToken, inquiryUserInfo) as the mock serves it and the snippets target it."
    >
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label={LABELS.version}
          value={serverApi.version}
          error={errors["serverApi.version"]}
          data-field="serverApi.version"
          hint="The version decides the paths (/v1/… or /v2/…) and the result-code names: v1 says INVALID_CODE, USED_CODE, EXPIRED_CODE; v2 says INVALID_AUTHCODE, USED_AUTHCODE, EXPIRED_AUTHCODE."
          onChange={(event) => set({ version: event.target.value as ApiVersion })}
        >
          {VERSION_OPTIONS.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </SelectField>
        <TextField
          label={LABELS.customerBelongsTo}
          value={serverApi.customerBelongsTo ?? ""}
          maxLength={32}
          spellCheck={false}
          autoCapitalize="characters"
          placeholder="e.g. TNG"
          className="[&_input]:font-mono"
          error={errors["serverApi.customerBelongsTo"]}
          data-field="serverApi.customerBelongsTo"
          hint="The super-app code sent as customerBelongsTo (upper case, e.g. DANA, TNG). Empty when none is documented."
          onChange={(event) => {
            const code = event.target.value.toUpperCase();
            set({ customerBelongsTo: code === "" ? null : code });
          }}
        />
        <SelectField
          label={LABELS.requestTimeFormat}
          value={serverApi.requestTimeFormat}
          error={errors["serverApi.requestTimeFormat"]}
          data-field="serverApi.requestTimeFormat"
          hint="Format of the Request-Time header the wallet accepts."
          onChange={(event) => set({ requestTimeFormat: event.target.value as ServerApiProfile["requestTimeFormat"] })}
        >
          {TIME_FORMAT_OPTIONS.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </SelectField>
        <div className="md:pt-7">
          <CheckboxField
            label={LABELS.rotateRefreshToken}
            checked={serverApi.rotateRefreshToken}
            data-field="serverApi.rotateRefreshToken"
            aria-describedby="server-api-rotate-hint"
            onChange={(event) => set({ rotateRefreshToken: event.target.checked })}
          />
          <p id="server-api-rotate-hint" className="ml-6 text-xs text-slate-500 dark:text-slate-400">
            Refreshing returns a new refresh token and retires the old one.
          </p>
        </div>
      </div>

      <fieldset data-field="serverApi.pathPrefixes" tabIndex={-1} className="min-w-0 space-y-2">
        <legend className="text-sm font-semibold text-slate-800 dark:text-slate-200">{LABELS.pathPrefixes}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Gateway prefixes the wallet answers on in front of <code className="font-mono text-xs">/{serverApi.version}/…</code>. An empty
          prefix means none (the path starts at <code className="font-mono text-xs">/{serverApi.version}</code>).
        </p>
        <ListError message={errors["serverApi.pathPrefixes"]} dataField="serverApi.pathPrefixes" />
        <ol className="space-y-2">
          {prefixes.map((prefix, index) => (
            <li key={index} className="flex items-start gap-2">
              <CompactTextInput
                label={`Path prefix ${index + 1}`}
                value={prefix}
                maxLength={64}
                spellCheck={false}
                placeholder="(none)"
                className="w-full max-w-sm"
                inputClassName="font-mono"
                error={errors[`serverApi.pathPrefixes[${index}]`]}
                data-field={`serverApi.pathPrefixes[${index}]`}
                onChange={(event) => {
                  const value = event.target.value;
                  setPrefixes((list) => replaceAt(list, index, value));
                }}
              />
              <RowButton
                label={`Remove path prefix ${index + 1}`}
                glyph="✕"
                tone="danger"
                disabled={prefixes.length <= 1}
                onClick={() => setPrefixes((list) => removeAt(list, index))}
              />
            </li>
          ))}
        </ol>
        <Button size="sm" disabled={prefixes.length >= 8} onClick={() => setPrefixes((list) => [...list, ""])}>
          Add path prefix
        </Button>
      </fieldset>

      <fieldset data-field="serverApi.endpoints" tabIndex={-1} className="min-w-0 space-y-2">
        <legend className="text-sm font-semibold text-slate-800 dark:text-slate-200">{LABELS.endpoints}</legend>
        <p id="server-api-endpoints-hint" className="text-sm text-slate-600 dark:text-slate-400">
          The endpoints the mock serves for this catalog, each with its documented fields and result codes; any other path answers INVALID_API
          (HTTP 404) naming these. One profile per path: SuperQi&apos;s v1 applyToken and the Touch &apos;n Go one share a path.
        </p>
        <ListError message={errors["serverApi.endpoints"]} dataField="serverApi.endpoints" />
        <ul className="grid gap-1 md:grid-cols-2">
          {ENDPOINT_CHOICES.map((spec) => {
            const index = served.findIndex((entry) => entry.spec === spec.id);
            const error = index >= 0 ? errors[`serverApi.endpoints[${index}].spec`] : undefined;
            return (
              <li key={spec.id} className="min-w-0">
                <CheckboxField
                  className="flex min-w-0 items-start [&>input]:mt-0.5 [&>input]:shrink-0"
                  label={
                    <span className="min-w-0 [overflow-wrap:anywhere]">
                      {spec.label} <code className="font-mono text-xs text-slate-500 dark:text-slate-400">{spec.path}</code>
                    </span>
                  }
                  checked={index >= 0}
                  aria-describedby="server-api-endpoints-hint"
                  aria-invalid={error ? true : undefined}
                  data-field={index >= 0 ? `serverApi.endpoints[${index}].spec` : undefined}
                  onChange={(event) => toggleEndpoint(spec.id, event.target.checked)}
                />
                {error && <p className="ml-6 text-xs text-red-700 dark:text-red-300">{error}</p>}
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div className="grid gap-4 md:grid-cols-3">
        <DurationField
          label={LABELS.authCodeTtlSeconds}
          value={serverApi.authCodeTtlSeconds}
          min={1}
          max={86_400}
          error={errors["serverApi.authCodeTtlSeconds"]}
          dataField="serverApi.authCodeTtlSeconds"
          onChange={(authCodeTtlSeconds) => set({ authCodeTtlSeconds })}
        />
        <DurationField
          label={LABELS.accessTokenTtlSeconds}
          value={serverApi.accessTokenTtlSeconds}
          min={1}
          max={31_536_000}
          error={errors["serverApi.accessTokenTtlSeconds"]}
          dataField="serverApi.accessTokenTtlSeconds"
          onChange={(accessTokenTtlSeconds) => set({ accessTokenTtlSeconds })}
        />
        <DurationField
          label={LABELS.refreshTokenTtlSeconds}
          value={serverApi.refreshTokenTtlSeconds}
          min={1}
          max={63_072_000}
          error={errors["serverApi.refreshTokenTtlSeconds"]}
          dataField="serverApi.refreshTokenTtlSeconds"
          onChange={(refreshTokenTtlSeconds) => set({ refreshTokenTtlSeconds })}
        />
      </div>

      <ProvenanceDisclosure
        items={[
          {
            legend: LABELS.serverProvenance,
            value: serverApi.provenance,
            onChange: (provenance) => set({ provenance }),
            fieldKey: "serverApi.provenance",
            errors: provenanceErrors(errors, "serverApi.provenance"),
          },
          {
            legend: LABELS.lifetimesProvenance,
            value: serverApi.lifetimesProvenance,
            onChange: (lifetimesProvenance) => set({ lifetimesProvenance }),
            fieldKey: "serverApi.lifetimesProvenance",
            errors: provenanceErrors(errors, "serverApi.lifetimesProvenance"),
          },
          ...served.map((entry, index) => ({
            legend: `Source: serves ${specSummary(entry.spec).label}`,
            value: entry.provenance,
            onChange: (provenance: ServerApiProfile["endpoints"][number]["provenance"]) => setEndpointProvenance(index, provenance),
            fieldKey: `serverApi.endpoints[${index}].provenance`,
            errors: provenanceErrors(errors, `serverApi.endpoints[${index}].provenance`),
          })),
        ]}
      />
    </SectionCard>
  );
});
