// The lifecycle of a loopback server of this package (the mock, the validating proxy): listen
// and learn the address, and close letting open keep-alive connections finish for a moment
// before cutting them.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** How long closeGracefully lets open connections finish before cutting them. */
export const CLOSE_GRACE_MS = 1000;

/** Listens; resolves with the address (the port chosen for port 0), rejects on EADDRINUSE and the like. */
export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, host }, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** `scheme://host:port` of a listening address (an IPv6 host in brackets). */
export function originOf(scheme: "http" | "https", address: AddressInfo): string {
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `${scheme}://${host}:${address.port}`;
}

/** Stops accepting connections, closes idle ones, and cuts the rest after CLOSE_GRACE_MS. */
export function closeGracefully(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    cut.unref();
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
