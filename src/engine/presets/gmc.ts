import type { Preset } from "./types";

/** UK doctors: the GMC's Doctors' use of social media and the paragraphs it quotes (rule defaults). */
export const gmc: Preset = Object.freeze({
  name: "gmc",
  label: "GMC (UK doctors)",
  locale: "en-GB",
  rules: Object.freeze({}),
  citations: Object.freeze({}),
});
