// Whether this build wires the media module (photo checks). Kept apart from media-slot.ts so the
// page bundle can read it without pulling the media code in.
export const MEDIA_AVAILABLE: boolean = true;
