// The media types of a request body or a response, compared by name: a removed one is
// reported by the caller's rule, an added one is information, and the schemas of those on
// both sides are compared in the caller's direction.
import { child, isObject, type Json, member, type Place, quote } from "../../context.js";
import type { OperationContext } from "../../operation-pair.js";

interface Side {
  node: Json;
  pointer: string;
}

export function compareContent(
  context: OperationContext,
  place: Place,
  old: Side,
  now: Side,
  symbol: string,
  removed: { level: "breaking"; rule: string; message: (media: string) => string },
): void {
  const direction = place.direction;
  const oldContent = (isObject(old.node.content) ? old.node.content : {}) as Record<string, Json>;
  const newContent = (isObject(now.node.content) ? now.node.content : {}) as Record<string, Json>;
  for (const [media, oldMedia] of Object.entries(oldContent)) {
    const mediaSymbol = `${symbol}["content"]${member(media)}`;
    const newMedia = newContent[media];
    if (!newMedia) {
      context.report(place, {
        level: removed.level,
        rule: removed.rule,
        message: removed.message(media),
        oldPointer: child(old.pointer, "content", media),
        newPointer: now.pointer,
        symbol: mediaSymbol,
      });
      continue;
    }
    if (oldMedia.schema !== undefined && newMedia.schema !== undefined)
      context.compareSchemas(
        place,
        oldMedia.schema,
        newMedia.schema,
        child(old.pointer, "content", media, "schema"),
        child(now.pointer, "content", media, "schema"),
        mediaSymbol,
      );
  }
  for (const media of Object.keys(newContent))
    if (!Object.hasOwn(oldContent, media))
      context.report(place, {
        level: "info",
        rule: `${direction}-media-type-added`,
        message: `${direction} media type ${quote(media)} added`,
        oldPointer: old.pointer,
        newPointer: child(now.pointer, "content", media),
        symbol: `${symbol}["content"]${member(media)}`,
      });
}
