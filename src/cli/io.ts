// Reading the user's input. Text comes from an argument or stdin; stdin is decoded as UTF-8 (invalid
// bytes become U+FFFD rather than an error, so binary garbage still gets a clear result).
import { readFileSync } from "node:fs";
import { stdin } from "node:process";

export class UsageError extends Error {
  override name = "UsageError";
}

export async function readStdin(): Promise<string> {
  if (stdin.isTTY) throw new UsageError("no text given: pass the post as an argument or pipe it on stdin (see `scrubs help`)");
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function readText(arg: string | undefined): Promise<string> {
  if (arg === undefined || arg === "-") return readStdin();
  return arg;
}

export function readJsonFile(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new UsageError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
}
