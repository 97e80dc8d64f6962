/** How generated code states a fact's label (one wording for every generator). */
import type { Provenance } from "../catalog/schema";

/** A fact's label as generated code states it: "documented (where)", "assumed: why", or "conflict: …". */
export function labelText(provenance: Pick<Provenance, "fidelity" | "source" | "ref" | "note">): string {
  if (provenance.fidelity === "documented") return `documented (${provenance.ref ?? provenance.source ?? "source not named"})`;
  if (provenance.fidelity === "conflict") return `conflict: the source says two things; ${provenance.note ?? "the studio picked one"}`;
  return `assumed: ${provenance.note ?? "no source states it"}`;
}
