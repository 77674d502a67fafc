import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "troubleshooting",
  questions: [
    {
      id: "predict-relay-refused",
      kind: "predict",
      prompt:
        "A client without a login connects to our lab's MX on port 25 and sends `RCPT TO:<bob@example.net>`. What does the server answer?",
      reveal: { scenario: "25-relay-refused", command: "RCPT" },
      choices: [
        {
          text: "`554 5.7.1`",
          correct: true,
          feedback:
            "Right: 'Relay access denied'. The server handles example.test, not example.net, and does not relay for strangers (RFC 5321 §7.9; 5.7.1 in RFC 3463 §3).",
        },
        {
          text: "`550 5.1.1`",
          feedback:
            "No: 5.1.1 means the mailbox does not exist at a domain the server is responsible for. Here the server is not responsible for example.net at all.",
        },
        {
          text: "`530 5.7.0`",
          feedback:
            "No: port 25 does not require TLS or a login before RCPT (RFC 3207 §4 forbids an MX to require STARTTLS). It refuses the relay itself.",
        },
        {
          text: "`250 2.1.5`",
          feedback:
            "No: accepting it would make the server an open relay. Only an authenticated client may relay to other domains.",
        },
      ],
      cite: [
        { rfc: 5321, section: "7.9" },
        { rfc: 3463, section: "3" },
      ],
    },
    {
      id: "wrong-version-number",
      kind: "single",
      prompt:
        'A mail app set to "SSL/TLS" on port 587 fails with "wrong version number". What is the most likely cause?',
      choices: [
        {
          text: "The app starts TLS at once, but port 587 expects plain SMTP followed by STARTTLS",
          correct: true,
          feedback:
            "Right: the server greets in plain text, and the client's TLS library reads '220 m' as a TLS record header. Use STARTTLS on 587, or SSL/TLS on 465 (RFC 8314 §3.3).",
        },
        {
          text: "The server only supports an old SSL version",
          feedback:
            "No: despite the wording, no TLS version was negotiated at all. The client received plain SMTP text where it expected a TLS record.",
        },
        {
          text: "The password is wrong",
          feedback:
            "No: the session never got as far as AUTH. A wrong password gives 535 5.7.8 (RFC 4954 §6).",
        },
        {
          text: "Port 587 is blocked by the network",
          feedback: "No: a blocked port gives no reply at all. Here the server did answer, in plain text.",
        },
      ],
      cite: [
        { rfc: 8314, section: "3.3" },
        { rfc: 3207, section: "4" },
      ],
    },
    {
      id: "timeout-on-465",
      kind: "single",
      prompt:
        'swaks connects to port 465 without TLS options, prints "Connected", then "Timeout (10 secs) waiting for server response". Why?',
      choices: [
        {
          text: "On 465 the server waits for the client's TLS handshake and sends no greeting",
          correct: true,
          feedback:
            "Right: on the submissions port 'a TLS handshake begins immediately' (RFC 8314 §3.3); a plaintext client waits for a 220 that never comes.",
        },
        {
          text: "A firewall blocks port 465",
          feedback:
            "No: the TCP connection succeeded ('Connected'). A blocked port fails while connecting, before any 'Connected' line.",
        },
        {
          text: "The server is greylisting the client",
          feedback:
            "No: greylisting answers with a 4xx reply, usually at RCPT (RFC 6647). Here no SMTP reply came at all.",
        },
        {
          text: "The client forgot to send STARTTLS",
          feedback:
            "No: port 465 never offers STARTTLS. TLS must start with the first byte; the fix is implicit TLS on 465, or STARTTLS on 587.",
        },
      ],
      cite: [{ rfc: 8314, section: "3.3" }],
    },
    {
      id: "which-are-temporary",
      kind: "multiple",
      prompt:
        "After which replies will a mail server keep the message queued and try again later? (Choose all that apply.)",
      choices: [
        {
          text: "`450 4.2.0` Recipient address rejected: Greylisted",
          correct: true,
          feedback:
            "Right: a 4yz is transient (RFC 5321 §4.2.1); greylisting counts on the retry (RFC 6647).",
        },
        {
          text: "`451` local error in processing",
          correct: true,
          feedback: "Right: a temporary problem on the receiving side; retry later (RFC 5321 §4.2.3).",
        },
        {
          text: "`452` insufficient system storage",
          correct: true,
          feedback: "Right: the disk may have space again in an hour (RFC 5321 §4.2.1).",
        },
        {
          text: "`550 5.1.1` User unknown",
          feedback:
            "No: a 5yz is permanent; the client SHOULD NOT repeat the same request (RFC 5321 §4.2.1). The sender gets a bounce.",
        },
        {
          text: "`554 5.7.1` Relay access denied",
          feedback:
            "No: a permanent refusal. Retrying the same thing will fail the same way; the route or the login must change.",
        },
      ],
      cite: [{ rfc: 5321, section: "4.2.1" }, { rfc: 5321, section: "4.5.4.1" }, { rfc: 6647 }],
    },
    {
      id: "fix-530-starttls",
      kind: "single",
      prompt:
        "A mail app on port 587 gets `530 5.7.0 Must issue a STARTTLS command first`. What is the right fix?",
      choices: [
        {
          text: "Set the connection to STARTTLS (required), or use SSL/TLS on port 465",
          correct: true,
          feedback:
            "Right: the server requires TLS before AUTH and MAIL (RFC 3207 §4); either mechanism gives it (RFC 8314 §3.3).",
        },
        {
          text: "Switch to port 25, which does not require TLS",
          feedback:
            "No: port 25 is for relay between servers; without a login it refuses mail for other domains with 554 5.7.1 (RFC 6409).",
        },
        {
          text: "Re-enter the password",
          feedback:
            "No: the password was not even checked. 530 here is about the missing TLS, not the credentials (535 would be).",
        },
        {
          text: 'Choose "STARTTLS if available"',
          feedback:
            "No: that opportunistic setting may work here, but it silently falls back to plain text if an attacker removes STARTTLS (RFC 3207 §6). Require it.",
        },
      ],
      cite: [
        { rfc: 3207, section: "4" },
        { rfc: 3207, section: "6" },
        { rfc: 8314, section: "3.3" },
      ],
    },
    {
      id: "act-on-550-511",
      kind: "single",
      prompt: "Your message to three people came back with `550 5.1.1` for one of them. What should you do?",
      choices: [
        {
          text: "Check that one address for a typo or ask the person for their current address; the other two were not affected",
          correct: true,
          feedback:
            "Right: 5.1.1 is 'bad destination mailbox address' (RFC 3463 §3), and a refused RCPT only concerns that recipient.",
        },
        {
          text: "Send the same message to the same address again in an hour",
          feedback:
            "No: 5yz is permanent; the client should not repeat the same request unchanged (RFC 5321 §4.2.1).",
        },
        {
          text: "Switch your app from port 587 to 465",
          feedback:
            "No: the port and TLS mode were fine, the message reached the recipient's server. The address is the problem.",
        },
        {
          text: "Resend to all three, because the whole message was rejected",
          feedback: "No: RCPT TO gets one reply per recipient (RFC 5321 §3.3); the other two were accepted.",
        },
      ],
      cite: [
        { rfc: 3463, section: "3" },
        { rfc: 5321, section: "4.2.1" },
      ],
    },
  ],
};
