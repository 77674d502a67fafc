import type { Metadata, Viewport } from "next";
import { themeScript } from "@/components/layout/theme-script";
import { LinkNavigator } from "@/components/ui/link-navigator";
import { SITE_DESCRIPTION, SITE_NAME, SITE_ROOT_URL } from "@/lib/site/config";
import "./globals.css";

export const metadata: Metadata = {
  // With a static export's base path, canonical and Open Graph URLs include it (Next joins the paths).
  metadataBase: new URL(`${SITE_ROOT_URL}/`),
  title: { default: `${SITE_NAME}: how email really moves`, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  openGraph: {
    type: "website",
    siteName: SITE_NAME,
    title: `${SITE_NAME}: how email really moves`,
    description: SITE_DESCRIPTION,
    url: "/",
    locale: "en",
  },
  twitter: { card: "summary" },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // data-theme is set by themeScript before hydration, so React must not complain about it.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed, first-party string (no user input) */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-bg text-fg antialiased">
        {children}
        <LinkNavigator />
      </body>
    </html>
  );
}
