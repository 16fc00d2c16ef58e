import type { PresetName } from "../types";
import { gmc } from "./gmc";
import { hipaa } from "./hipaa";
import { nmc } from "./nmc";
import type { Preset } from "./types";

export type { Preset } from "./types";
export const PRESETS: Readonly<Record<PresetName, Preset>> = Object.freeze({ gmc, nmc, hipaa });
