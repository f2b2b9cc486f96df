// Header fields as a proxy passes them on: in order, with their case and repeats, minus the
// hop-by-hop fields (RFC 9110 §7.6.1), which describe one connection and not the message.

/** Name and value pairs, as recorded (Node's rawHeaders, HAR's headers). */
export type HeaderList = Array<[string, string]>;

/**
 * RFC 9110 §7.6.1 (Connection and the fields it names, Proxy-Connection, Keep-Alive, TE,
 * Transfer-Encoding, Upgrade) and §11.7 (Proxy-Authenticate, Proxy-Authorization: meant for
 * this proxy, which asks for none). Host is the upstream's, set by the request to it.
 */
const HOP_BY_HOP = new Set([
  "connection",
  "proxy-connection",
  "keep-alive",
  "te",
  "transfer-encoding",
  "upgrade",
  "proxy-authenticate",
  "proxy-authorization",
]);

/** Node's `rawHeaders` ([name, value, name, value, …]) as pairs. */
export function headerPairs(raw: readonly string[]): HeaderList {
  const pairs: HeaderList = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i] ?? "", raw[i + 1] ?? ""]);
  return pairs;
}

/** The first value of `name` (case-insensitive), or undefined. */
export function headerValue(headers: HeaderList, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return headers.find(([given]) => given.toLowerCase() === wanted)?.[1];
}

/** The headers to pass on: without the hop-by-hop ones, those the Connection header names, and `also`. */
export function endToEnd(headers: HeaderList, also: readonly string[] = []): HeaderList {
  const dropped = new Set([...HOP_BY_HOP, ...also]);
  for (const [name, value] of headers)
    if (name.toLowerCase() === "connection")
      for (const option of value.split(",")) dropped.add(option.trim().toLowerCase());
  return headers.filter(([name]) => !dropped.has(name.toLowerCase()));
}

/** Pairs as the flat list ServerResponse.writeHead takes (name, value, name, value…). */
export function flatHeaders(headers: HeaderList): string[] {
  return headers.flat();
}

/**
 * Pairs as the object http.request takes: a repeated field as an array, named as first written.
 * (Node 20's http.request mis-sends a raw header array, so the object form is used.)
 */
export function headerObject(headers: HeaderList): Record<string, string | string[]> {
  const byLower = new Map<string, { name: string; values: string[] }>();
  for (const [name, value] of headers) {
    const field = byLower.get(name.toLowerCase());
    if (field) field.values.push(value);
    else byLower.set(name.toLowerCase(), { name, values: [value] });
  }
  const object: Record<string, string | string[]> = {};
  for (const { name, values } of byLower.values()) object[name] = values.length === 1 ? (values[0] ?? "") : values;
  return object;
}
