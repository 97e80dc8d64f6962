import type { Catalog, Scope } from "@/server/domain/catalog/schema";

function StatusBar() {
  return (
    <div aria-hidden className="flex items-center justify-between px-5 pt-2 pb-1 text-[0.65rem] font-semibold text-slate-700 dark:text-slate-200">
      <span>9:41</span>
      <span className="flex items-center gap-1">
        <span className="flex items-end gap-px">
          <span className="h-1 w-0.5 rounded-sm bg-current" />
          <span className="h-1.5 w-0.5 rounded-sm bg-current" />
          <span className="h-2 w-0.5 rounded-sm bg-current" />
          <span className="h-2.5 w-0.5 rounded-sm bg-current" />
        </span>
        <span className="ml-1 inline-block h-2.5 w-5 rounded-[3px] border border-current p-px">
          <span className="block h-full w-3/4 rounded-[1px] bg-current" />
        </span>
      </span>
    </div>
  );
}

/**
 * A phone-frame mock of the wallet's consent page for the selected scopes: what the user would be
 * asked to share. Decorative buttons only — the outcome picker decides the answer.
 */
export function ConsentPreview({ catalog, selected, userName }: { catalog: Catalog; selected: readonly Scope[]; userName: string | null }) {
  const consent = selected.filter((scope) => !scope.silent);
  const silent = selected.filter((scope) => scope.silent);
  return (
    <figure className="space-y-2" aria-labelledby="consent-preview-caption">
      <figcaption id="consent-preview-caption" className="text-sm font-medium text-slate-700 dark:text-slate-300">
        Consent page preview <span className="font-normal text-slate-500 dark:text-slate-400">(not interactive)</span>
      </figcaption>
      <div className="mx-auto w-full max-w-[17rem] rounded-[2.25rem] border-[6px] border-slate-800 bg-slate-800 shadow-lg dark:border-slate-600 dark:bg-slate-600">
        <div className="overflow-hidden rounded-[1.85rem] bg-white dark:bg-slate-900">
          <div className="relative">
            <div aria-hidden className="absolute top-1 left-1/2 h-4 w-20 -translate-x-1/2 rounded-full bg-slate-800 dark:bg-slate-600" />
            <StatusBar />
          </div>
          <div className="flex items-center gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-700">
            <span aria-hidden className="grid size-6 place-items-center rounded-md bg-brand-600 text-[0.6rem] font-bold text-white">
              {catalog.wallet.slice(0, 1).toUpperCase()}
            </span>
            <p className="truncate text-sm font-semibold text-slate-900 dark:text-white">{catalog.wallet}</p>
          </div>
          <div className="min-h-64 px-4 py-3">
            {selected.length === 0 ? (
              <p className="py-8 text-center text-xs text-slate-500 dark:text-slate-400">
                No scopes selected.{" "}
                {catalog.jsapi.defaultScope
                  ? `The wallet falls back to its default scope, ${catalog.jsapi.defaultScope}.`
                  : "The call fails: this wallet requires scopes."}
              </p>
            ) : consent.length === 0 ? (
              <div className="py-8 text-center">
                <p className="text-sm font-semibold text-slate-900 dark:text-white">No consent page: silent authorization</p>
                <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                  Every selected scope is silent, so the wallet grants {silent.map((scope) => scope.name).join(", ")} without asking.
                </p>
              </div>
            ) : (
              <div className="space-y-3">
                <div className="text-center">
                  <p className="text-sm font-semibold text-slate-900 dark:text-white">Authorize this mini program</p>
                  <p className="text-xs text-slate-500 dark:text-slate-400">The mini program would like to:</p>
                  {userName && <p className="text-[0.65rem] text-slate-500 dark:text-slate-400">Signed in as {userName}</p>}
                </div>
                <ul className="space-y-2">
                  {consent.map((scope) => (
                    <li key={scope.name} className="rounded-lg bg-slate-50 px-3 py-2 dark:bg-slate-800">
                      <p className="text-xs font-medium text-slate-900 dark:text-slate-100">{scope.description || scope.name}</p>
                      <p className="mt-0.5 font-mono text-[0.65rem] break-all text-slate-500 dark:text-slate-400">{scope.name}</p>
                      <p className="mt-0.5 text-[0.7rem] break-words text-slate-600 dark:text-slate-300">
                        will share: {scope.userInfoFields.length > 0 ? scope.userInfoFields.join(", ") : "no user-info fields"}
                      </p>
                    </li>
                  ))}
                </ul>
                {silent.length > 0 && (
                  <p className="text-[0.7rem] text-slate-500 dark:text-slate-400">Also granted silently: {silent.map((scope) => scope.name).join(", ")}</p>
                )}
                <div aria-hidden className="grid grid-cols-2 gap-2 pt-1">
                  <span className="rounded-full border border-slate-300 py-1.5 text-center text-xs font-medium text-slate-700 dark:border-slate-600 dark:text-slate-200">
                    Deny
                  </span>
                  <span className="rounded-full bg-brand-600 py-1.5 text-center text-xs font-medium text-white">Allow</span>
                </div>
              </div>
            )}
          </div>
          <div aria-hidden className="flex justify-center pt-1 pb-2">
            <span className="h-1 w-24 rounded-full bg-slate-300 dark:bg-slate-600" />
          </div>
        </div>
      </div>
    </figure>
  );
}
