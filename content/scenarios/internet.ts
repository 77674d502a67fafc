/**
 * The little Internet the delivery journeys run in: DNS records and mail hosts, as data.
 * Documentation addresses only (RFC 5737), reserved names only (RFC 2606 / RFC 6761).
 */

import type { DnsData, HostConfig, JourneyConfig } from "@/lib/smtp";

export const DNS: DnsData = {
  mx: {
    "example.test": [{ preference: 10, host: "mail.example.test" }],
    "example.net": [
      { preference: 10, host: "mx1.example.net" },
      { preference: 20, host: "mx2.example.net" },
    ],
    // RFC 7505 null MX: this domain accepts no mail.
    "example.org": [{ preference: 0, host: "." }],
  },
  a: {
    "mail.example.test": "192.0.2.25",
    "mx1.example.net": "203.0.113.25",
    "mx2.example.net": "203.0.113.26",
    "example.com": "198.51.100.80",
  },
};

export const MX1: HostConfig = {
  hostname: "mx1.example.net",
  addr: "203.0.113.25",
  domains: ["example.net", "mx1.example.net", "localhost"],
  users: ["bob", "postmaster"],
};

export const MX2: HostConfig = {
  hostname: "mx2.example.net",
  addr: "203.0.113.26",
  domains: ["example.net", "mx2.example.net", "localhost"],
  users: ["bob", "postmaster"],
};

/** Alice on her laptop at home, submitting through her provider's MSA (mail.example.test). */
export const ALICE: JourneyConfig["sender"] = {
  address: "alice@example.test",
  password: "wonderland",
  mua: "laptop.example.test",
  muaAddr: "198.51.100.23",
};
