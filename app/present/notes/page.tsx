import type { Metadata } from "next";
import { NotesLobby } from "@/components/present/notes-lobby";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = {
  ...pageMetadata({
    title: "Speaker notes",
    description:
      "The speaker-notes window of presenter mode: it follows the presenter window and shows what to say and ask.",
    path: "/present/notes",
  }),
  robots: { index: false, follow: true },
};

export default function NotesPage() {
  return <NotesLobby />;
}
