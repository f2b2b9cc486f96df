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

export function painter(color: boolean): (style: Style, text: string) => string {
  return color ? (style, text) => styleText(style, text) : (_style, text) => text;
}
