// A fetch that trusts one extra CA (the TLS mock's self-signed certificate), for clients that
// take a fetch or fetch options. Node's fetch has no `ca` option; an undici Agent passed as
// `dispatcher` carries it, and undici's Agent works with the fetch built into Node.
import { Agent } from "undici";

export interface TrustingFetch {
  /** Pass as `dispatcher` in fetch's init (Node's own fetch honours it). */
  dispatcher: Agent;
  fetch: typeof fetch;
  close(): Promise<void>;
}

export function trustingFetch(certificatePem: string): TrustingFetch {
  const dispatcher = new Agent({ connect: { ca: certificatePem } });
  const trusting: typeof fetch = (input, init) => fetch(input, { ...init, dispatcher } as RequestInit);
  return { dispatcher, fetch: trusting, close: () => dispatcher.close() };
}
