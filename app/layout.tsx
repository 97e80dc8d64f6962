import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { AppShell } from "./_components/app-shell";
import { THEME_BOOTSTRAP } from "./_components/preferences";
import { TRPCReactProvider } from "./_trpc/client";

export const metadata: Metadata = {
  title: { default: "AuthCode Studio", template: "%s · AuthCode Studio" },
  description: "Scope catalogs, my.getAuthCode simulation and a mock wallet API for Alipay+-family wallets.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOTSTRAP }} />
      </head>
      <body>
        <TRPCReactProvider>
          <AppShell>{children}</AppShell>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
