// Stands in for src/engine/generated/second-opinion.ts in the web app's worker bundle: the model is
// about 90 KB gzip of data that typing does not need, so the worker fetches it from the app's own
// origin (dist/web/second-opinion.json) after the first load and passes it to each check.
import type { SecondOpinionModel } from "../src/engine/types";

export const SECOND_OPINION: SecondOpinionModel | null = null;
