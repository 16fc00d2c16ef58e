// Validates the data files (data/lexicons/*.yaml, data/gazetteer/*) and emits typed modules into
// src/engine/generated/. The engine never parses YAML or reads files at run time: it imports these.
// A bad file fails the build with the file, the entry and the reason.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const LEXICON_DIR = "data/lexicons";
const GAZETTEER_DIR = "data/gazetteer";
const OUT_DIR = "src/engine/generated";
const MODEL_FILE = "data/models/second-opinion.json";

/** Keys every entry may carry; anything else must be a number (a typed extra such as ukWorkers). */
const ENTRY_KEYS = new Set(["term", "variants", "plural", "category", "confidence", "source", "note", "caseSensitive", "sensitive", "rarity", "town"]);

export class DataError extends Error {}

/** The same folding the engine applies to text (src/engine/text/fold.ts): keep the two in step. */
export function normaliseTerm(term, caseSensitive) {
  let s = term.normalize("NFKC").replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ").trim();
  if (!caseSensitive) s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return s;
}

/** Hyphens and spaces are interchangeable for matching, so they are the same for duplicate checks. */
const matchKey = (s) => s.replace(/-/g, " ").replace(/\s+/g, " ").toLowerCase();

function pluralOf(word) {
  if (/(s|x|z|ch|sh)$/.test(word)) return word + "es";
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + "ies";
  return word + "s";
}

function validateLexicon(file, doc) {
  const fail = (msg) => { throw new DataError(`${file}: ${msg}`); };
  if (!doc || typeof doc !== "object") fail("not a YAML mapping");
  const name = file.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
  if (doc.name !== name) fail(`name "${doc.name}" must equal the file name "${name}"`);
  if (typeof doc.description !== "string" || !doc.description.trim()) fail("missing description");
  if (!doc.sources || typeof doc.sources !== "object") fail("missing sources");
  if (!Array.isArray(doc.entries) || doc.entries.length === 0) fail("entries must be a non-empty list");
  const seen = new Map();
  const entries = [];
  doc.entries.forEach((e, i) => {
    const where = `entry ${i + 1}${e && e.term ? ` ("${e.term}")` : ""}`;
    if (!e || typeof e !== "object") fail(`${where}: not a mapping`);
    if (typeof e.term !== "string" || !e.term.trim()) fail(`${where}: missing term`);
    if (typeof e.confidence !== "number" || !(e.confidence >= 0 && e.confidence <= 1)) fail(`${where}: confidence must be a number in 0..1`);
    if (typeof e.source !== "string" || !(e.source in doc.sources)) fail(`${where}: source "${e.source}" is not a key of sources`);
    if (e.note !== undefined && typeof e.note !== "string") fail(`${where}: note must be a string`);
    for (const key of Object.keys(e)) {
      if (!ENTRY_KEYS.has(key) && typeof e[key] !== "number") fail(`${where}: unknown key "${key}" (extra fields must be numbers)`);
    }
    const cs = e.caseSensitive === true;
    const forms = [e.term, ...(Array.isArray(e.variants) ? e.variants : e.variants === undefined ? [] : fail(`${where}: variants must be a list`))];
    const normalised = [];
    for (const form of forms) {
      if (typeof form !== "string" || !form.trim()) fail(`${where}: empty term or variant`);
      normalised.push(normaliseTerm(form, cs));
    }
    for (const n of normalised) {
      const key = (cs ? "cs:" : "") + matchKey(n);
      if (seen.has(key)) fail(`${where}: "${n}" duplicates ${seen.get(key)}`);
      seen.set(key, where);
    }

    const extra = {};
    for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) extra[key] = e[key];
    const out = { term: normaliseTerm(e.term, cs), forms: [...new Set(normalised)], confidence: e.confidence, source: e.source };
    if (cs) out.caseSensitive = true;
    if (e.category !== undefined) out.category = String(e.category);
    if (e.sensitive) out.sensitive = true;
    if (e.rarity !== undefined) out.rarity = String(e.rarity);
    if (e.town !== undefined) out.town = String(e.town);
    if (Object.keys(extra).length) out.extra = extra;
    entries.push(out);
  });
  // Generated plurals come second, and only where no entry spells the form out itself.
  doc.entries.forEach((e, i) => {
    if (!e.plural) return;
    const out = entries[i];
    const cs = out.caseSensitive === true;
    for (const n of [...out.forms]) {
      const words = n.split(" ");
      words[words.length - 1] = pluralOf(words[words.length - 1]);
      const p = words.join(" ");
      const key = (cs ? "cs:" : "") + matchKey(p);
      if (!seen.has(key)) { seen.set(key, `entry ${i + 1}`); out.forms.push(p); }
    }
  });
  entries.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const sources = Object.fromEntries(Object.keys(doc.sources).sort().map((k) => [k, String(doc.sources[k])]));
  return { name, description: doc.description.trim(), sources, entries };
}

function loadPlaces() {
  const rows = [];
  const sources = [];
  const main = join(GAZETTEER_DIR, "gb-places.json");
  if (existsSync(main)) {
    const doc = JSON.parse(readFileSync(main, "utf8"));
    if (!Array.isArray(doc.rows)) throw new DataError(`${main}: rows must be a list`);
    const cols = doc.columns;
    const at = (name) => cols.indexOf(name);
    for (const r of doc.rows) rows.push([String(r[at("name")]), Number(r[at("population")]), Number(r[at("lat")]), Number(r[at("lon")]), r[at("admin")] ? String(r[at("admin")]) : ""]);
    sources.push(String(doc.source));
  }
  for (const extra of [join(GAZETTEER_DIR, "gb-places-extra.yaml"), join(GAZETTEER_DIR, "gb-regions.yaml")]) {
  if (existsSync(extra)) {
    const doc = parse(readFileSync(extra, "utf8"));
    const list = Array.isArray(doc) ? doc : doc.entries ?? doc.places ?? [];
    for (const p of list) {
      if (!p.name || !(p.population > 0) || typeof p.lat !== "number" || typeof p.lon !== "number") throw new DataError(`${extra}: bad place ${JSON.stringify(p)}`);
      rows.push([String(p.name), Number(p.population), p.lat, p.lon, String(p.county ?? p.admin ?? "")]);
    }
    sources.push(`${extra} (hand-curated; ${doc.source ?? "sources per entry"})`);
  }
  }
  // One row per name: keep the most populous (a name shared by a city and a hamlet is read as the city).
  const byName = new Map();
  for (const r of rows) {
    const key = r[0].toLowerCase();
    const prev = byName.get(key);
    if (!prev || r[1] > prev[1]) byName.set(key, r);
  }
  const unique = [...byName.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { sources, rows: unique };
}

/** The second opinion's model (scripts/train-second-opinion.ts): checked for shape before the engine sees it. */
export function validateModel(file, doc) {
  const fail = (msg) => { throw new DataError(`${file}: ${msg}`); };
  if (!doc || typeof doc !== "object") fail("not a JSON object");
  const { outputs, bias, weights, thresholds, trainedOn } = doc;
  if (!Array.isArray(outputs) || outputs[0] !== "stop" || outputs.some((o) => typeof o !== "string")) fail('outputs must be a list of strings starting with "stop"');
  if (!trainedOn || !Array.isArray(trainedOn.sets) || trainedOn.sets.includes("holdout")) fail("trainedOn.sets must list the training sets, and never the holdout");
  if (!Array.isArray(bias) || bias.length !== outputs.length || !bias.every(Number.isFinite)) fail("bias must have one finite number per output");
  const probability = (x) => typeof x === "number" && x > 0 && x < 1;
  if (!thresholds || !probability(thresholds.rule) || !probability(thresholds.stop)) fail("thresholds.rule and thresholds.stop must be between 0 and 1");
  if (thresholds.find !== undefined) {
    const { rule, stop, rules } = thresholds.find ?? {};
    if (!probability(rule) || !probability(stop)) fail("thresholds.find, when given, must have rule and stop between 0 and 1");
    if (!Array.isArray(rules) || rules.some((r) => !outputs.includes(r) || r === "stop")) fail("thresholds.find.rules must list rules the model has outputs for");
  }
  if (!weights || typeof weights !== "object") fail("weights must be an object");
  for (const [feature, pairs] of Object.entries(weights)) {
    if (!Array.isArray(pairs) || pairs.length === 0 || pairs.length % 2) fail(`weights["${feature}"] must be [output, weight, ...] pairs`);
    for (let i = 0; i < pairs.length; i += 2) {
      if (!Number.isInteger(pairs[i]) || pairs[i] < 0 || pairs[i] >= outputs.length) fail(`weights["${feature}"] names output ${pairs[i]}, which does not exist`);
      if (!Number.isFinite(pairs[i + 1])) fail(`weights["${feature}"] has a weight that is not a finite number`);
    }
  }
  return { outputs, bias, weights, thresholds };
}

function loadModel() {
  let doc;
  try {
    doc = JSON.parse(readFileSync(MODEL_FILE, "utf8"));
  } catch (err) {
    throw new DataError(`${MODEL_FILE}: ${err.message}`);
  }
  return validateModel(MODEL_FILE, doc);
}

export async function buildData() {
  mkdirSync(OUT_DIR, { recursive: true });
  const lexicons = {};
  const files = existsSync(LEXICON_DIR) ? readdirSync(LEXICON_DIR).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  const ambiguous = join(GAZETTEER_DIR, "ambiguous-place-names.yaml");
  const all = files.map((f) => join(LEXICON_DIR, f));
  if (existsSync(ambiguous)) all.push(ambiguous);
  for (const file of all) {
    let doc;
    try {
      doc = parse(readFileSync(file, "utf8"));
    } catch (err) {
      throw new DataError(`${file}: YAML does not parse: ${err.message}`);
    }
    const lex = validateLexicon(file, doc);
    // What matching needs, and no more: the description, the sources' full citations and the notes
    // are validated here and stay in data/, where people read them. They would be a twentieth of
    // the web app's download for text the engine never shows.
    lexicons[lex.name] = { name: lex.name, entries: lex.entries };
  }
  const header = "// Generated by scripts/build-data.mjs from data/. Do not edit.\n";
  writeFileSync(
    join(OUT_DIR, "lexicons.ts"),
    `${header}import type { LexiconData } from "../lexicon/types";\n\nexport const LEXICONS: Record<string, LexiconData> = ${JSON.stringify(lexicons)};\n`,
  );
  const places = loadPlaces();
  writeFileSync(
    join(OUT_DIR, "places.ts"),
    `${header}/** [name, population, lat, lon, admin] */\nexport type PlaceRow = [string, number, number, number, string];\nexport const PLACE_SOURCES: string[] = ${JSON.stringify(places.sources)};\nexport const PLACES: PlaceRow[] = ${JSON.stringify(places.rows)};\n`,
  );
  const model = loadModel();
  writeFileSync(
    join(OUT_DIR, "second-opinion.ts"),
    `${header}import type { SecondOpinionModel } from "../types";\n\n/** Null where an adapter leaves the model out of its bundle (the web app loads it separately). */\nexport const SECOND_OPINION: SecondOpinionModel | null = ${JSON.stringify(model)};\n`,
  );
  return { lexicons: Object.keys(lexicons).length, places: places.rows.length, features: Object.keys(model.weights).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const r = await buildData();
    console.log(`data: ${r.lexicons} lexicons, ${r.places} places, second opinion with ${r.features} weighted features`);
  } catch (err) {
    if (!(err instanceof DataError)) throw err;
    console.error(`data error: ${err.message}`);
    process.exit(1);
  }
}
