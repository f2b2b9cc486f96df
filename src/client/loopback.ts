// Which hosts are this machine: `localhost` (RFC 6761 §6.3), any of 127.0.0.0/8 (RFC 1122
// §3.2.1.3) and ::1 (RFC 4291 §2.5.3). The client allows plain http only to these (the bearer
// token travels in a header); `apiconnectors mock` warns when it listens anywhere else.
// Written out rather than with node:net's BlockList, because the client also runs in browsers.

const IPV4_LOOPBACK = /^127(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** `host` as a URL's hostname (`[::1]`) or as given to listen (`::1`), any case. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return name === "localhost" || name === "::1" || IPV4_LOOPBACK.test(name);
}
