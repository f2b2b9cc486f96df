// Puts the static operations (src/docs-pages/reference-extras.ts) into the page Redoc rendered:
// after Redoc's server-rendered overview and before its script, so the browser paints them
// while it is still reading the 2.3 MB bundle, and a reader with JavaScript off gets them too.
// A small script, run by the parser right after them, scrolls a deep link (#/apiconnectors/…,
// which each static operation carries as an anchor) to its operation at once: the browser's
// own fragment scroll waits for the load event, after the bundle has run. The script hides
// the copy once Redoc is live, so Redoc's view replaces it. The search box is Redoc's own
// "ready" signal: it says "Loading..." until hydration is done.
import { STATIC_OPERATIONS_ID } from "../../src/docs-pages/reference-extras.js";

const REDOC_SCRIPT = '<script type="module">';

const hideWhenLive = `<script>
(() => {
  const redoc = document.getElementById("redoc");
  const copy = document.getElementById(${JSON.stringify(STATIC_OPERATIONS_ID)});
  if (!redoc || !copy) return;
  const linked = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const target = linked && copy.contains(linked) ? linked : null;
  target?.scrollIntoView();
  // On a deep link, Redoc is live for the reader once it has rendered that operation (its id is
  // the link without the leading slash).
  const live = () => {
    const search = redoc.querySelector('[data-testid="search-trigger"]');
    const ready = search !== null && !search.textContent.includes("Loading");
    return ready && (target === null || document.getElementById(target.id.slice(1)) !== null);
  };
  new MutationObserver((_, observer) => {
    if (!live()) return;
    copy.hidden = true;
    observer.disconnect();
  }).observe(redoc, { subtree: true, childList: true, characterData: true });
})();
</script>`;

export function withStaticOperations(page: string, operations: string): string {
  const script = page.indexOf(REDOC_SCRIPT);
  const bodyEnd = page.lastIndexOf("</body>");
  if (script < 0 || bodyEnd < script)
    throw new Error(`the rendered page has no ${REDOC_SCRIPT} before </body> to put the static operations before`);
  return `${page.slice(0, script)}${operations}\n${hideWhenLive}\n${page.slice(script)}`;
}
