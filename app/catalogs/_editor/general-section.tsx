"use client";

import { Button } from "@/app/_components/ui/button";
import { TextAreaField, TextField } from "@/app/_components/ui/field";
import type { Catalog, Source } from "@/server/domain/catalog/schema";
import { TEXT_LIMITS } from "@/server/domain/catalog/limits";
import { removeAt, replaceAt } from "./editor-state";
import { ItemFieldset, ListError, RowButton, SectionCard } from "./fields";
import { blankSource } from "./templates";
import { LABELS, type ErrorMap } from "./validation";

export function GeneralSection({
  catalog,
  errors,
  edit,
  onNameChange,
  onSlugChange,
  slugHint,
}: {
  catalog: Catalog;
  errors: ErrorMap;
  edit: (recipe: (catalog: Catalog) => Catalog) => void;
  onNameChange: (name: string) => void;
  onSlugChange: (slug: string) => void;
  slugHint: string;
}) {
  const setSources = (sources: Source[]) => edit((c) => ({ ...c, sources }));
  return (
    <SectionCard id="general" title="General" description="What this catalog describes and where its facts come from.">
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={LABELS.name}
          value={catalog.name}
          maxLength={120}
          error={errors.name}
          data-field="name"
          placeholder="e.g. DANA (Indonesia)"
          onChange={(event) => onNameChange(event.target.value)}
        />
        <TextField
          label={LABELS.slug}
          value={catalog.slug}
          maxLength={48}
          error={errors.slug}
          data-field="slug"
          hint={slugHint}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          className="[&_input]:font-mono"
          onChange={(event) => onSlugChange(event.target.value)}
        />
        <TextField
          label={LABELS.wallet}
          value={catalog.wallet}
          maxLength={80}
          error={errors.wallet}
          data-field="wallet"
          placeholder="e.g. DANA"
          onChange={(event) => {
            const wallet = event.target.value;
            edit((c) => ({ ...c, wallet }));
          }}
        />
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_10rem]">
          <TextField
            label={LABELS.region}
            value={catalog.region}
            maxLength={80}
            error={errors.region}
            data-field="region"
            placeholder="e.g. Indonesia"
            onChange={(event) => {
              const region = event.target.value;
              edit((c) => ({ ...c, region }));
            }}
          />
          <TextField
            label={LABELS.countryCode}
            value={catalog.countryCode ?? ""}
            maxLength={2}
            error={errors.countryCode}
            data-field="countryCode"
            hint="ISO 3166-1, e.g. ID; empty for several."
            autoCapitalize="characters"
            spellCheck={false}
            className="[&_input]:font-mono [&_input]:uppercase"
            onChange={(event) => {
              const code = event.target.value.toUpperCase();
              edit((c) => ({ ...c, countryCode: code === "" ? null : code }));
            }}
          />
        </div>
        <TextAreaField
          label={LABELS.description}
          className="md:col-span-2"
          rows={4}
          maxLength={TEXT_LIMITS.catalogDescription}
          value={catalog.description}
          error={errors.description}
          data-field="description"
          onChange={(event) => {
            const description = event.target.value;
            edit((c) => ({ ...c, description }));
          }}
        />
      </div>

      <div data-field="sources" tabIndex={-1} className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-sm font-semibold text-slate-800 dark:text-slate-200">{LABELS.sources}</h3>
          <Button size="sm" onClick={() => setSources([...catalog.sources, blankSource()])} disabled={catalog.sources.length >= 50}>
            Add source
          </Button>
        </div>
        <ListError message={errors.sources} dataField="sources" />
        {catalog.sources.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No sources yet: add the public pages this catalog is based on.</p>
        ) : (
          <ul className="space-y-2">
            {catalog.sources.map((source, index) => (
              <li key={index}>
                <ItemFieldset
                  legend={`Source ${index + 1}`}
                  actions={
                    <RowButton
                      label={`Remove source ${index + 1}`}
                      glyph="✕"
                      tone="danger"
                      onClick={() => setSources(removeAt(catalog.sources, index))}
                    />
                  }
                >
                  <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
                    <TextField
                      label={LABELS.sourceTitle}
                      value={source.title}
                      maxLength={200}
                      error={errors[`sources[${index}].title`]}
                      data-field={`sources[${index}].title`}
                      onChange={(event) => setSources(replaceAt(catalog.sources, index, { ...source, title: event.target.value }))}
                    />
                    <TextField
                      label={LABELS.sourceUrl}
                      type="url"
                      inputMode="url"
                      spellCheck={false}
                      placeholder="https://…"
                      value={source.url ?? ""}
                      error={errors[`sources[${index}].url`]}
                      data-field={`sources[${index}].url`}
                      hint={source.ref ? `Stored copy: ${source.ref}` : undefined}
                      onChange={(event) =>
                        setSources(
                          replaceAt(catalog.sources, index, {
                            ...source,
                            url: event.target.value === "" && source.ref ? undefined : event.target.value,
                          }),
                        )
                      }
                    />
                  </div>
                </ItemFieldset>
              </li>
            ))}
          </ul>
        )}
      </div>
    </SectionCard>
  );
}
