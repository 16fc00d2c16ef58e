// One counter per platform limit; the selected platform's counter comes first.
import type { Platform } from "../../src/engine/types";
import { countFor, LIMITS } from "../counter";

export function Counters(props: { text: string; platform: Platform }) {
  const ordered = [...LIMITS].sort((a, b) => Number(b.platform === props.platform) - Number(a.platform === props.platform));
  return (
    <div class="counters">
      <p class="visually-hidden" id="counters-label">
        Characters used against each platform's limit
      </p>
      <ul aria-labelledby="counters-label">
        {ordered.map((l) => {
          const n = countFor(l.platform, props.text);
          const over = n - l.limit;
          const selected = l.platform === props.platform;
          return (
            <li
              key={l.platform}
              class={`counter${over > 0 ? " over" : ""}${selected ? " selected" : ""}`}
              data-platform={l.platform}
              title={`Counted as ${l.unit}`}
            >
              <span class="counter-name">{l.label}</span>{" "}
              <span class="counter-value">
                {n.toLocaleString("en-GB")}/{l.limit.toLocaleString("en-GB")}
              </span>
              {over > 0 && (
                <span class="counter-over">
                  {" "}
                  <span aria-hidden="true">▲</span> {over.toLocaleString("en-GB")} over
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
