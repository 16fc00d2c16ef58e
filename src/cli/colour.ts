// ANSI colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
import type { Severity } from "../engine/types";

export function colourEnabled(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return !!stream.isTTY;
}

const CODES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
export type Style = keyof typeof CODES;

export function painter(enabled: boolean) {
  return (style: Style, s: string) => (enabled ? `\u001b[${CODES[style][0]}m${s}\u001b[${CODES[style][1]}m` : s);
}

export const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", info: "cyan" };
