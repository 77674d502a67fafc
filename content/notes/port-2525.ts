import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "not-a-standard-port": {
    say: "Open with the registry: 2525 belongs to ms-v-worlds, not to mail. The three standard SMTP ports are 25, 587 and 465, and everything else is a provider's private decision. That framing prevents the most common misunderstanding in this lesson.",
    ask: {
      question: "If 2525 is not a mail port, why does it work with some providers?",
      listenFor:
        "Because those providers chose to run a submission listener there and document it; nothing in a standard makes it work elsewhere.",
    },
    minutes: 2,
  },
  "which-providers-document-it": {
    say: "Read the vendor statements as vendor statements: this is what their documentation said, and it can change. Point out that Amazon SES uses 2465 and 2587 instead, so 'try 2525' is not even universal among big senders. Warn about TLS modes: each alternate port uses either STARTTLS or implicit TLS, and guessing wrong gives the failures from the port 465 lesson.",
    ask: {
      question: "What must you look up before using an alternate port with a provider?",
      listenFor:
        "That the provider documents that port at all, and which TLS mode it uses there (STARTTLS or implicit TLS).",
    },
    minutes: 2,
  },
  "same-rules-as-587": {
    say: "Show the 2525 EHLO transcript next to 587's: identical, because the server's configuration decides, not the number. Then list the rules an alternate needs: TLS required, AUTH after TLS, certificate checked. For the administrators, show the master.cf line and the separate syslog name.",
    ask: {
      question:
        "A provider's docs say 2525 accepts 'unencrypted or TLS' connections. How should Alice configure her app?",
      listenFor:
        "STARTTLS required anyway, with AUTH only after TLS: what the server accepts is not what the client should risk (RFC 3207 §6).",
    },
    minutes: 3,
  },
  "never-for-mx-delivery": {
    say: "Repeat the MX argument one last time, because students often think alternates help servers too. MX records carry no port, so server-to-server delivery is port 25 or nothing; a server behind a block uses a smarthost.",
    ask: {
      question: "Why can't a mail server behind an outbound-25 block just deliver to other MX hosts on 2525?",
      listenFor: "Because MX hosts listen on 25 and MX records cannot name another port (RFC 8314 §7.3).",
    },
    minutes: 2,
  },
  "choosing-a-port-when-one-is-blocked": {
    say: "Write the order on the board: 465, then 587 with STARTTLS required, then a documented alternate or the provider's HTTPS API. Run the port chooser live with a volunteer's situation and discuss the explanation it gives. Emphasise the two things never to do: fall back to plain text, or to port 25 across the Internet.",
    ask: {
      question: "Why does 465 come before 587 in this order?",
      listenFor:
        "RFC 8314 prefers implicit TLS, and it leaves no plain-text phase to strip (RFC 8314 §1, §3.3).",
    },
    minutes: 4,
  },
  recap: {
    say: "Summarise: 2525 is a convention, it needs the rules of 587, it never reaches an MX, and 465 is the standard fallback. Run the quiz.",
    ask: {
      question: "In one sentence, when is port 2525 the right choice?",
      listenFor:
        "Only when both 465 and 587 are blocked and your provider documents 2525, used with TLS required and AUTH.",
    },
    minutes: 2,
  },
};
