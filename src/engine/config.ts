// scrubs.config.json: validated with a schema that rejects unknown keys and names the bad key, so a
// typo ("presset") is an error rather than a silently ignored setting. Pure: the CLI reads the file,
// the web app reads its storage, and both hand the parsed JSON here.
import { z } from "zod";
import { AUDIENCES, PLATFORMS, PRESET_NAMES, type CheckOptions } from "./types";
import { RULES } from "./rules";

const ruleIds = new Set(RULES.map((r) => r.meta.id));

const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  preset: z.enum(PRESET_NAMES as [string, ...string[]]).optional(),
  rules: z
    .record(z.string(), z.enum(["error", "warning", "info", "off"]))
    .superRefine((rules, ctx) => {
      for (const id of Object.keys(rules)) if (!ruleIds.has(id)) ctx.addIssue({ code: "custom", message: `unknown rule "${id}" (run \`scrubs rules\` for the list)`, path: [id] });
    })
    .optional(),
  allow: z.array(z.string().min(1).max(200)).max(10_000).optional(),
  lexicon: z
    .strictObject({
      places: z.array(z.strictObject({ name: z.string().min(1).max(200), population: z.number().int().positive().optional() })).max(100_000).optional(),
    })
    .optional(),
  declaredInterests: z.array(z.string().min(1).max(200)).max(1000).optional(),
  profile: z.strictObject({ displayName: z.string().max(200).optional(), bio: z.string().max(5000).optional() }).optional(),
  audience: z.enum(AUDIENCES as [string, ...string[]]).optional(),
  platform: z.enum(PLATFORMS as [string, ...string[]]).optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} at ${path}`;
  return `${path}: ${issue.message}`;
}

export function parseConfig(value: unknown): { ok: true; options: CheckOptions } | { ok: false; error: string } {
  const result = ConfigSchema.safeParse(value);
  if (!result.success) return { ok: false, error: result.error.issues.map(describe).join("; ") };
  const c = result.data;
  const options: CheckOptions = {};
  if (c.preset) options.preset = c.preset as CheckOptions["preset"];
  if (c.rules) options.rules = c.rules;
  if (c.allow || c.lexicon?.places) options.lexicon = { allow: c.allow, places: c.lexicon?.places };
  const context: NonNullable<CheckOptions["context"]> = {};
  if (c.declaredInterests) context.declaredInterests = c.declaredInterests;
  if (c.profile) context.profile = c.profile;
  if (c.audience) context.audience = c.audience as NonNullable<CheckOptions["context"]>["audience"];
  if (c.platform) context.platform = c.platform as NonNullable<CheckOptions["context"]>["platform"];
  if (Object.keys(context).length) options.context = context;
  return { ok: true, options };
}

/** Later options win; context fields merge (e.g. a config's profile with a command line's audience). */
export function mergeOptions(base: CheckOptions, over: CheckOptions): CheckOptions {
  return {
    ...base,
    ...over,
    rules: { ...base.rules, ...over.rules },
    lexicon: base.lexicon || over.lexicon ? { allow: [...(base.lexicon?.allow ?? []), ...(over.lexicon?.allow ?? [])], places: [...(base.lexicon?.places ?? []), ...(over.lexicon?.places ?? [])] } : undefined,
    context: { ...base.context, ...over.context, profile: base.context?.profile || over.context?.profile ? { ...base.context?.profile, ...over.context?.profile } : undefined },
  };
}
