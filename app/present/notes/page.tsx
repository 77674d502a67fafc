import type { Metadata } from "next";
import { NotesLobby } from "@/components/present/notes-lobby";
import { presenterMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = presenterMetadata({
  title: "Speaker notes",
  description:
    "The speaker-notes window of presenter mode: it follows the presenter window and shows what to say and ask.",
  path: "/present/notes",
});

export default function NotesPage() {
  return <NotesLobby />;
}
