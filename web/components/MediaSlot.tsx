// "Add a photo": the slot where photo checks plug in. The photo is read in the browser and handed to
// the worker; it is never uploaded. When the media module is not part of this build, the slot says so.
import { useEffect, useState } from "preact/hooks";
import type { CheckOptions, Report } from "../../src/engine/types";
import { MEDIA_AVAILABLE } from "../media-flag";
import { EngineClient } from "../engine-client";
import type { ImageResult } from "../protocol";
import { SEVERITY_TEXT } from "../labels";

let mediaClient: EngineClient | null = null;

export function MediaSlot(props: { options: CheckOptions }) {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImageResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [cleanUrl, setCleanUrl] = useState<string | null>(null);

  useEffect(() => () => void (cleanUrl && URL.revokeObjectURL(cleanUrl)), [cleanUrl]);

  if (!MEDIA_AVAILABLE) {
    return (
      <section class="media" aria-labelledby="media-heading">
        <h2 id="media-heading">Photo</h2>
        <p class="hint">
          Photo checks (location hidden in a photo's metadata, patient details in the picture) are not part of this
          build yet. Remember that photos can carry where and when they were taken (GMC guidance, paragraph 8c).
        </p>
      </section>
    );
  }

  const take = async (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    setResult(null);
    setBusy(true);
    try {
      mediaClient ??= new EngineClient("worker.js");
      const bytes = await f.arrayBuffer();
      const r = await mediaClient.call("image", { bytes, name: f.name, options: props.options }, [bytes]);
      setResult(r);
      if (r.stripped) setCleanUrl(URL.createObjectURL(new Blob([r.stripped], { type: r.mime ?? f.type })));
    } catch (e) {
      setResult({ available: true, error: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const report: Report | undefined = result?.report;
  return (
    <section class="media" aria-labelledby="media-heading">
      <h2 id="media-heading">Photo</h2>
      <div
        class={`dropzone${dragging ? " dragging" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void take(e.dataTransfer?.files[0]);
        }}
      >
        <label for="photo-input">Drop a photo here, or choose one to check it before you post</label>
        <input id="photo-input" type="file" accept="image/*,.dcm" onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])} />
      </div>
      <div role="status" aria-live="polite">
        {busy && <p>Checking {file?.name}…</p>}
        {result?.error && <p class="error-text">Could not check this photo: {result.error}</p>}
        {report && (
          <div class="media-result">
            <p>
              {report.findings.length === 0
                ? "No problems found in this photo."
                : `${report.findings.length} ${report.findings.length === 1 ? "thing" : "things"} to look at in this photo:`}
            </p>
            <ul>
              {report.findings.map((f, i) => (
                <li key={i} class={`sev-${f.severity}`}>
                  <span aria-hidden="true">{SEVERITY_TEXT[f.severity].icon}</span> {f.message}
                  {f.image?.field ? ` (${f.image.field})` : ""}
                </li>
              ))}
            </ul>
          </div>
        )}
        {cleanUrl && file && (
          <a class="button" href={cleanUrl} download={`clean-${file.name}`}>
            Save a copy without metadata
          </a>
        )}
      </div>
    </section>
  );
}
