import type { Metadata } from "next";
import { headers } from "next/headers";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import "./globals.css";
import { AppShell } from "./_components/app-shell";
import { THEME_BOOTSTRAP } from "./_components/preferences";
import { TRPCReactProvider } from "./_trpc/client";

export const metadata: Metadata = {
  title: { default: "AuthCode Studio", template: "%s · AuthCode Studio" },
  description: "Scope catalogs, my.getAuthCode simulation and a mock wallet API for Alipay+-family wallets.",
};

/**
 * Every page is rendered per request: the server's Content-Security-Policy carries a fresh nonce
 * (set by the gateway), and Next gives its own scripts the same nonce.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_BOOTSTRAP }} />
      </head>
      <body>
        <NuqsAdapter>
          <TRPCReactProvider>
            <AppShell>{children}</AppShell>
          </TRPCReactProvider>
        </NuqsAdapter>
      </body>
    </html>
  );
}
