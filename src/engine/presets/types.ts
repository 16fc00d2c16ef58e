import type { PresetName, SeveritySetting } from "../types";
import type { Locale } from "../detectors/identifiers";

/** A preset is plain frozen data, imported by value: no string resolution, no cascade. */
export interface Preset {
  name: PresetName;
  label: string;
  /** Which identifier formats to look for (NHS numbers and postcodes, or SSNs and ZIP codes). */
  locale: Locale;
  /** Severity overrides of the rules' defaults. */
  rules: Readonly<Record<string, SeveritySetting>>;
  /** The paragraphs each rule cites under this preset; rules not listed keep their GMC citations. */
  citations: Readonly<Record<string, readonly string[]>>;
}
