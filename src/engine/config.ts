// scrubs.config.json: validated with a schema that rejects unknown keys and names the bad key, so a
// typo ("presset") is an error rather than a silently ignored setting. Pure: the CLI reads the file,
// the web app reads its storage, and both hand the parsed JSON here.
// zod/mini: the same validation with a tree-shakable API, so the browser bundle carries only the
// checks used here (the classic API pulled about 40 KB gzip of JSON-schema code into the web worker).
import * as z from "zod/mini";
import { AUDIENCES, PLATFORMS, PRESET_NAMES, type CheckOptions } from "./types";
import { RULES } from "./rules";

const ruleIds = new Set(RULES.map((r) => r.meta.id));
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

const ConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  preset: z.optional(z.enum(PRESET_NAMES as [string, ...string[]])),
  rules: z.optional(
    z.record(z.string(), z.enum(["error", "warning", "info", "off"])).check(
      z.superRefine((rules, ctx) => {
        for (const id of Object.keys(rules)) if (!ruleIds.has(id)) ctx.addIssue({ code: "custom", message: `unknown rule "${id}" (run \`scrubs rules\` for the list)`, path: [id], input: rules });
      }),
    ),
  ),
  allow: z.optional(z.array(text(200)).check(z.maxLength(10_000))),
  lexicon: z.optional(
    z.strictObject({
      places: z.optional(z.array(z.strictObject({ name: text(200), population: z.optional(z.int().check(z.positive())) })).check(z.maxLength(100_000))),
    }),
  ),
  declaredInterests: z.optional(z.array(text(200)).check(z.maxLength(1000))),
  profile: z.optional(z.strictObject({ displayName: z.optional(z.string().check(z.maxLength(200))), bio: z.optional(z.string().check(z.maxLength(5000))) })),
  audience: z.optional(z.enum(AUDIENCES as [string, ...string[]])),
  platform: z.optional(z.enum(PLATFORMS as [string, ...string[]])),
  secondOpinion: z.optional(z.boolean()),
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
  if (c.secondOpinion !== undefined) options.secondOpinion = c.secondOpinion;
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
