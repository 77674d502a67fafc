/**
 * A wiretap between the TCP socket and node's TLS: a Duplex the TLS socket reads from and writes to,
 * which hands every chunk of ciphertext, both ways, to an observer before passing it on. That is how
 * the lab's eavesdropper view shows the real TLS records (ClientHello, the server's flight, tickets, the
 * client's encrypted commands) instead of modelled ones.
 *
 * Rules: it never changes a byte; backpressure flows through (a full TLS reader pauses the socket, a slow
 * socket holds the TLS writer); an error on either side ends both, and is never left unhandled.
 */
import type { Socket } from "node:net";
import { Duplex } from "node:stream";

export class Tap extends Duplex {
  private readonly sock: Socket;
  private readonly onData: (chunk: Buffer) => void;
  private readonly onEnd: () => void;
  private readonly onError: (err: Error) => void;

  /**
   * @param early octets that arrived before the tap existed (after 220 to STARTTLS), replayed first
   * @param observeIn called with each chunk from the client, before TLS reads it
   * @param observeOut called with each chunk TLS writes to the client, before it is sent
   */
  constructor(
    sock: Socket,
    early: Buffer[],
    private readonly observeIn: (chunk: Buffer) => void,
    private readonly observeOut: (chunk: Buffer) => void,
  ) {
    super({ allowHalfOpen: false });
    this.sock = sock;
    this.onData = (chunk: Buffer) => {
      this.observeIn(chunk);
      if (!this.push(chunk)) this.sock.pause();
    };
    this.onEnd = () => this.push(null);
    this.onError = (err: Error) => this.destroy(err);
    for (const chunk of early) this.onData(chunk);
    sock.on("data", this.onData);
    sock.on("end", this.onEnd);
    sock.on("error", this.onError);
    sock.resume();
  }

  override _read(): void {
    if (!this.sock.destroyed) this.sock.resume();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    if (this.sock.destroyed || !this.sock.writable) {
      cb();
      return;
    }
    this.observeOut(chunk);
    this.sock.write(chunk, (err) => cb(err ?? null));
  }

  override _final(cb: (err?: Error | null) => void): void {
    if (!this.sock.destroyed) this.sock.end();
    cb();
  }

  override _destroy(err: Error | null, cb: (err: Error | null) => void): void {
    this.sock.off("data", this.onData);
    this.sock.off("end", this.onEnd);
    this.sock.off("error", this.onError);
    if (!this.sock.destroyed) this.sock.destroy();
    cb(err);
  }
}
