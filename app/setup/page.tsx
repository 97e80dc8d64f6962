import type { Metadata } from "next";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "First run" };

export default function SetupPage() {
  return <SetupForm />;
}
