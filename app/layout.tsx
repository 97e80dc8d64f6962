import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";
import { AppShell } from "./_components/app-shell";
import { THEME_BOOTSTRAP } from "./_components/preferences";
import { TRPCReactProvider } from "./_trpc/client";

const DESCRIPTION = "Scope catalogs, my.getAuthCode simulation and a mock wallet API for Alipay+-family wallets.";

/**
 * Where links to the studio point (the social image's absolute URL): `PUBLIC_URL` when the studio
 * is shared, else the address this request used (the gateway only lets allowed host names through).
 */
async function siteUrl(): Promise<URL | null> {
  const configured = process.env.PUBLIC_URL?.trim();
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      // The server refuses to start with a malformed PUBLIC_URL; nothing to resolve against here.
      return null;
    }
  }
  const host = (await headers()).get("host");
  return host ? new URL(`http://${host}`) : null;
}

export async function generateMetadata(): Promise<Metadata> {
  const image = { url: "/og-image.png", width: 1200, height: 630, alt: "AuthCode Studio: design, simulate and test my.getAuthCode flows" };
  return {
    metadataBase: await siteUrl(),
    title: { default: "AuthCode Studio", template: "%s · AuthCode Studio" },
    description: DESCRIPTION,
    applicationName: "AuthCode Studio",
    icons: { apple: "/apple-touch-icon.png" },
    openGraph: { type: "website", siteName: "AuthCode Studio", title: "AuthCode Studio", description: DESCRIPTION, images: [image] },
    twitter: { card: "summary_large_image", title: "AuthCode Studio", description: DESCRIPTION, images: [image] },
  };
}

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
        <TRPCReactProvider>
          <AppShell>{children}</AppShell>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
