"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/app/_components/ui/button";
import { ErrorNotice, Notice } from "@/app/_components/ui/feedback";
import { SelectField, TextAreaField, TextField } from "@/app/_components/ui/field";
import { Card } from "@/app/_components/ui/page-header";
import { useTRPC } from "@/app/_trpc/client";
import type { ClientView } from "@/server/services/clients";
import { fieldErrors } from "@/app/_trpc/errors";
import { AllowedScopes, type ScopeChoice } from "./allowed-scopes";

const FIELDS = ["name", "catalog", "clientId", "allowedScopes", "publicKey", "signatureMode"] as const;

type Created = { client: ClientView; privateKeyPem: string | null };

function RadioOption({ name, checked, onChange, children, hint }: { name: string; checked: boolean; onChange: () => void; children: ReactNode; hint?: ReactNode }) {
  return (
    <label className="flex items-start gap-2 text-sm text-slate-700 dark:text-slate-300">
      <input type="radio" name={name} checked={checked} onChange={onChange} className="mt-0.5 accent-brand-600" />
      <span>
        {children}
        {hint && <span className="block text-xs text-slate-500 dark:text-slate-400">{hint}</span>}
      </span>
    </label>
  );
}

/** Register a merchant client: name, catalog, id, allowed scopes, signature mode and a key. */
export function RegisterClientForm({ defaultCatalog, onCreated }: { defaultCatalog: string | null; onCreated: (created: Created) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const catalogs = useQuery(trpc.catalog.list.queryOptions());
  const id = useId();

  const [name, setName] = useState("");
  const [chosenCatalog, setChosenCatalog] = useState<string | null>(null);
  const [clientId, setClientId] = useState("");
  const [scopes, setScopes] = useState<ScopeChoice>({ mode: "all" });
  const [signatureMode, setSignatureMode] = useState<"strict" | "off">("strict");
  const [keyMode, setKeyMode] = useState<"generate" | "paste">("generate");
  const [publicKey, setPublicKey] = useState("");
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [registered, setRegistered] = useState<string | null>(null);

  // The form follows the page's catalog until the person picks another one here.
  const catalog = chosenCatalog ?? defaultCatalog ?? catalogs.data?.[0]?.slug ?? "";

  const create = useMutation(
    trpc.client.create.mutationOptions({
      // The answer may hold a private key: drop it from the mutation cache as soon as possible.
      gcTime: 0,
      onSuccess: async (result) => {
        await queryClient.invalidateQueries(trpc.client.list.pathFilter());
        setRegistered(result.privateKeyPem ? null : `${result.client.name} (${result.client.clientId})`);
        setName("");
        setClientId("");
        setPublicKey("");
        setScopes({ mode: "all" });
        onCreated({ client: result.client, privateKeyPem: result.privateKeyPem });
      },
      onSettled: (_data, error) => {
        // Keep errors for the fields; forget a successful answer (and its private key) right away.
        if (!error) create.reset();
      },
    }),
  );
  const server = fieldErrors(create.error, FIELDS);
  const errorFor = (field: (typeof FIELDS)[number]) => localErrors[field] ?? server.byField[field] ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = "Give the client a name.";
    if (!catalog) errors.catalog = "Choose a catalog.";
    if (scopes.mode === "some" && scopes.scopes.length === 0) errors.allowedScopes = "Select at least one scope, or allow all scopes.";
    if (keyMode === "paste" && !publicKey.trim()) errors.publicKey = "Paste the client's RSA public key (PEM or base64).";
    setLocalErrors(errors);
    setRegistered(null);
    if (Object.keys(errors).length > 0) return;
    create.mutate({
      catalog,
      name: name.trim(),
      clientId: clientId.trim() || undefined,
      allowedScopes: scopes.mode === "all" ? null : scopes.scopes,
      signatureMode,
      publicKey: keyMode === "paste" ? publicKey : undefined,
    });
  }

  const clearError = (field: string) => {
    if (localErrors[field]) setLocalErrors(({ [field]: _removed, ...rest }) => rest);
    if (server.byField[field]) create.reset();
  };

  return (
    <Card className="p-4 sm:p-6">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900 dark:text-white">
        Register a client
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">A merchant backend that calls the mock wallet API with signed requests.</p>
      <form aria-labelledby={`${id}-title`} noValidate onSubmit={submit} className="mt-4 space-y-4">
        <TextField
          label="Name"
          value={name}
          maxLength={120}
          onChange={(event) => {
            setName(event.target.value);
            clearError("name");
          }}
          error={errorFor("name")}
          placeholder="My shop backend"
          autoComplete="off"
        />
        <SelectField
          label="Catalog"
          value={catalog}
          disabled={catalogs.isPending}
          onChange={(event) => {
            setChosenCatalog(event.target.value);
            setScopes({ mode: "all" });
            clearError("catalog");
          }}
          error={errorFor("catalog") ?? (catalogs.isError ? `Could not load the catalogs: ${catalogs.error.message}` : null)}
        >
          {catalog === "" && <option value="">Choose a catalog…</option>}
          {catalogs.data?.map((item) => (
            <option key={item.slug} value={item.slug}>
              {item.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Client id (optional)"
          value={clientId}
          maxLength={64}
          onChange={(event) => setClientId(event.target.value)}
          error={errorFor("clientId")}
          hint="Letters, digits, _ . and -. Leave empty to get one assigned."
          autoComplete="off"
          spellCheck={false}
          className="[&_input]:font-mono"
        />
        <AllowedScopes
          catalog={catalog}
          value={scopes}
          onChange={(next) => {
            setScopes(next);
            clearError("allowedScopes");
          }}
          error={errorFor("allowedScopes")}
        />
        <fieldset className="min-w-0 space-y-2">
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">Signature checking</legend>
          <RadioOption
            name={`${id}-signature`}
            checked={signatureMode === "strict"}
            onChange={() => setSignatureMode("strict")}
            hint="Requests whose Signature header does not verify are refused with INVALID_SIGNATURE."
          >
            Strict
          </RadioOption>
          <RadioOption
            name={`${id}-signature`}
            checked={signatureMode === "off"}
            onChange={() => setSignatureMode("off")}
            hint="Unsigned requests are accepted; handy while you build the signing code."
          >
            Off
          </RadioOption>
        </fieldset>
        <fieldset className="min-w-0 space-y-2">
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">Key</legend>
          <RadioOption
            name={`${id}-key`}
            checked={keyMode === "generate"}
            onChange={() => {
              setKeyMode("generate");
              clearError("publicKey");
            }}
            hint="The private key is shown once, right after registering; the studio does not keep it."
          >
            Generate an RSA-2048 key pair
          </RadioOption>
          <RadioOption name={`${id}-key`} checked={keyMode === "paste"} onChange={() => setKeyMode("paste")}>
            Paste my public key
          </RadioOption>
          {keyMode === "paste" && (
            <TextAreaField
              label="Public key"
              value={publicKey}
              rows={6}
              spellCheck={false}
              onChange={(event) => {
                setPublicKey(event.target.value);
                clearError("publicKey");
              }}
              error={errorFor("publicKey")}
              hint="PEM (-----BEGIN PUBLIC KEY-----) or the bare base64, at least 2048 bits."
              placeholder="-----BEGIN PUBLIC KEY-----"
              className="[&_textarea]:font-mono [&_textarea]:text-xs"
            />
          )}
        </fieldset>
        {create.isError && server.unmatched && <ErrorNotice error={create.error} title="Could not register the client" />}
        {registered && <Notice tone="success">Registered {registered}.</Notice>}
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Registering…" : "Register client"}
        </Button>
      </form>
    </Card>
  );
}
