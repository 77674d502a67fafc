import { embedThemeScript } from "@/components/embed/theme-script";

/**
 * Embed pages (/embed/*): the only routes other sites may frame. No site chrome: each page renders its
 * widget inside EmbedFrame (title, "Open in SMTP Lab", the host bridge). The one script here applies the
 * embed URL's theme before the first paint.
 */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed, first-party string (no user input) */}
      <script dangerouslySetInnerHTML={{ __html: embedThemeScript }} />
      <main id="main">{children}</main>
    </>
  );
}
