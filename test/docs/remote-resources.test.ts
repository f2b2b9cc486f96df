// The build's static guard against a page that would load from the network: what counts as
// a load (and so fails `npm run docs`), and what is only text or a link.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, makeOffline } from "../../scripts/docs/offline.js";
import { findRemoteResources } from "../../scripts/docs/remote-resources.js";

const cases: { name: string; given: string; want: string[] }[] = [
  {
    name: "Redoc from the CDN as a module import",
    given: `<script type="module">import { hydrate } from "https://cdn.redocly.com/redoc/v3.0.1/bundles/redoc.standalone.js";</script>`,
    want: ["https://cdn.redocly.com/redoc/v3.0.1/bundles/redoc.standalone.js"],
  },
  {
    name: "a dynamic import",
    given: `<script>import("https://cdn.example.com/x.js")</script>`,
    want: ["https://cdn.example.com/x.js"],
  },
  {
    name: "a modulepreload link",
    given: `<link rel="modulepreload" href="https://cdn.redocly.com/redoc.js" integrity="sha384-x">`,
    want: ["https://cdn.redocly.com/redoc.js"],
  },
  {
    name: "a web font stylesheet",
    given: `<link href="https://fonts.googleapis.com/css?family=Montserrat" rel="stylesheet">`,
    want: ["https://fonts.googleapis.com/css?family=Montserrat"],
  },
  {
    name: "an external script",
    given: `<script src="//cdn.example.com/a.js"></script>`,
    want: ["//cdn.example.com/a.js"],
  },
  {
    name: "an image",
    given: `<p><img alt="logo" src='https://cdn.redoc.ly/redoc/logo-mini.svg'></p>`,
    want: ["https://cdn.redoc.ly/redoc/logo-mini.svg"],
  },
  {
    name: "a CSS url() in a style block",
    given: `<style>@font-face{src:url("https://fonts.gstatic.com/a.woff2")}</style>`,
    want: ["https://fonts.gstatic.com/a.woff2"],
  },
  {
    name: "a CSS @import",
    given: `<style>@import "https://cdn.example.com/a.css";</style>`,
    want: ["https://cdn.example.com/a.css"],
  },
  {
    name: "a CSS url() in a style attribute",
    given: `<div style="background:url(https://cdn.example.com/bg.png)"></div>`,
    want: ["https://cdn.example.com/bg.png"],
  },
  {
    name: "a link the reader may follow",
    given: `<a href="https://learn.microsoft.com/graph/api/resources/identityapiconnector">docs</a>`,
    want: [],
  },
  {
    name: "a URL in text",
    given: `<p>The OData context, e.g. https://graph.microsoft.com/v1.0/$metadata</p>`,
    want: [],
  },
  {
    name: "an SVG namespace",
    given: `<svg xmlns="http://www.w3.org/2000/svg"><use href="#icon"></use></svg>`,
    want: [],
  },
  {
    name: "inline data",
    given: `<img src="data:image/svg+xml,%3Csvg%3E"><style>@font-face{src:url('data:font/woff;base64,AA')}</style>`,
    want: [],
  },
  {
    name: "URLs a bundled script only holds as strings",
    given: `<script>const icons = { fa: "https://cdn.redocly.com/icons/fa/7.0.0" };</script>`,
    want: [],
  },
];

describe("findRemoteResources", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(findRemoteResources(given).map((r) => r.url)).toEqual(want);
  });
});

describe("makeOffline", () => {
  const page = `<!DOCTYPE html><html><head><title>t</title></head><body><script type="module">const logo = "https://cdn.redoc.ly/redoc/logo-mini-full.svg";</script><script>1</script></body></html>`;

  it("replaces Redoc's remote logo with inline SVG", () => {
    const offline = makeOffline(page);
    expect(offline).not.toContain("cdn.redoc.ly");
    expect(offline).toContain('const logo = "data:image/svg+xml,');
  });

  it("adds a policy that forbids network loads and allows exactly the page's scripts", () => {
    const offline = makeOffline(page);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(offline)?.[1];
    expect(policy).toBe(contentSecurityPolicy(offline.replace(/<meta http-equiv[^>]+>/, "")));
    expect(policy?.split("; ")[0]).toBe("default-src 'none'");
    expect(policy?.match(/'sha256-[A-Za-z0-9+/=]+'/g)).toHaveLength(2);
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it("refuses a page without <head>", () => {
    expect(() => makeOffline("<html><body></body></html>")).toThrow(/no <head>/);
  });
});
