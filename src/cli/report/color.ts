// Colour for the text format: on when stdout is a terminal, off with NO_COLOR (no-color.org:
// present and not empty) or TERM=dumb, forced on with FORCE_COLOR (anything but "0").
import { styleText } from "node:util";
import type { ProcessIO } from "../io.js";

export function shouldColor(io: Pick<ProcessIO, "env" | "stdoutIsTTY">): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTTY && io.env.TERM !== "dumb";
}

type Style = Parameters<typeof styleText>[0];

// The decision is shouldColor's alone. Node 22.13+ and 24 make styleText check the stream
// itself by default (stripping colour when stdout is not a TTY, so FORCE_COLOR would not
// work); `validateStream: false` turns that off. Node 20 has no third parameter and never
// checks, so the options object is harmless there (its types do not know it, hence the cast).
const NO_STREAM_CHECK = { validateStream: false };
const style3 = styleText as (style: Style, text: string, options: typeof NO_STREAM_CHECK) => string;

export function painter(color: boolean): (style: Style, text: string) => string {
  return color ? (style, text) => style3(style, text, NO_STREAM_CHECK) : (_style, text) => text;
}
