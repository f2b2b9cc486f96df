// CSS the docs build adds to the page Redoc rendered, for two layout faults of Redoc 3's
// defaults (issue 16; test/docs/layout.e2e.test.ts):
// - Words broken in two: Redoc gives inline code `word-break: break-word` and the title's box
//   `overflow-wrap: anywhere`, which also shrink a table column below its longest name, so
//   `APIConnectors.ReadWrite.All` and the title's `identityApiConnector` were split mid-word.
//   `overflow-wrap: break-word` breaks a word only when it cannot fit a line on its own, and
//   does not shrink the column (CSS Text 3, §5.5). Code in a table cell (a name such as
//   `client-request-id`) does not wrap at all; a table wider than the column scrolls in
//   Redoc's own `.md-table-wrapper`. The title is sized so its longest word fits the column.
// - The floating menu button (Redoc shows it at 672 px and below, 60 px, fixed at the bottom
//   right) lay over tables. It is made 44 px (the WCAG 2.5.5 target size) and the content keeps
//   a gutter on the right for it, so it never covers content at any scroll position.
const CSS = `
#redoc code, #redoc h1, #redoc h1 * { word-break: normal; overflow-wrap: break-word; }
#redoc td code, #redoc th code { white-space: nowrap; }
#redoc h1 { font-size: min(2rem, 6vw); }
@media screen and (max-width: 672px) {
  #redoc [data-testid="floating-button"] { width: 44px; height: 44px; right: 8px; bottom: 16px; }
  #redoc #api-content { padding-right: 52px; box-sizing: border-box; }
}`;

export function withLayoutFixes(html: string): string {
  const headEnd = html.indexOf("</head>");
  if (headEnd < 0) throw new Error("the rendered page has no </head> to put its layout fixes in");
  // After Redoc's own styles, so these win at equal specificity.
  return `${html.slice(0, headEnd)}<style data-apiconnectors="layout">${CSS}</style>\n${html.slice(headEnd)}`;
}
