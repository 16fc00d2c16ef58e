// Every rule, generated from the engine's rule metadata (listRules), and the seriousness table.
import type { PresetName, RuleInfo } from "../../src/engine/types";
import type { SeriousnessRow } from "../protocol";
import { PRESET_LABELS, SEVERITY_TEXT } from "../labels";

interface Props {
  data: { preset: PresetName; rules: RuleInfo[]; seriousness: SeriousnessRow[] } | null;
  preset: PresetName;
}

const FAMILY_NAMES: Record<string, string> = {
  confidentiality: "Confidentiality",
  respect: "Respect",
  legal: "Law",
  conduct: "Conduct",
  boundaries: "Boundaries with patients",
  transparency: "Being open about who you are",
  advertising: "Advertising",
  prescribing: "Prescribing",
  privacy: "Your own privacy",
  concerns: "Raising concerns",
};

export function GuidancePage({ data, preset }: Props) {
  const families = new Map<string, RuleInfo[]>();
  for (const r of data?.rules ?? []) {
    const list = families.get(r.family) ?? [];
    list.push(r);
    families.set(r.family, list);
  }
  return (
    <div class="page guidance">
      <h1 id="page-heading" tabIndex={-1}>
        Guidance
      </h1>
      <p class="lead">
        What scrubs checks, and why: each rule with the guidance it comes from, quoted, and examples of posts it
        flags and posts it lets through. Severities are those of the {PRESET_LABELS[preset]} preset.
      </p>
      {!data ? (
        <p role="status">Loading the rules…</p>
      ) : (
        <>
          <nav aria-label="Rules on this page" class="toc">
            <ul>
              {[...families.keys()].map((f) => (
                <li key={f}>
                  <a href={`#/guidance/${f}`} onClick={(e) => jump(e, `family-${f}`)}>
                    {FAMILY_NAMES[f] ?? f}
                  </a>
                </li>
              ))}
              <li>
                <a href="#/guidance/seriousness" onClick={(e) => jump(e, "seriousness")}>
                  How serious is it?
                </a>
              </li>
            </ul>
          </nav>
          {[...families].map(([family, rules]) => (
            <section key={family} aria-labelledby={`family-${family}`}>
              <h2 id={`family-${family}`} tabIndex={-1}>
                {FAMILY_NAMES[family] ?? family}
              </h2>
              {rules.map((r) => (
                <RuleEntry key={r.id} rule={r} />
              ))}
            </section>
          ))}
          <section aria-labelledby="seriousness">
            <h2 id="seriousness" tabIndex={-1}>
              How serious is it?
            </h2>
            <p>
              From the least to the most serious, the situations the GMC's own training material ranks, with the
              seriousness score scrubs gives a post (0 to 100) and the rules that find each situation.
            </p>
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Seriousness table">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Situation</th>
                    <th scope="col">Score</th>
                    <th scope="col">Rules</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.seriousness]
                    .sort((a, b) => a.score - b.score)
                    .map((row) => (
                      <tr key={row.situation}>
                        <td>{row.situation}</td>
                        <td class="num">{row.score}</td>
                        <td>
                          {row.rules.map((id, i) => (
                            <span key={id}>
                              {i > 0 && ", "}
                              <code>{id}</code>
                            </span>
                          ))}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}

function jump(e: Event, id: string) {
  e.preventDefault();
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: "start" });
  el.focus({ preventScroll: true });
}

function RuleEntry({ rule }: { rule: RuleInfo }) {
  const sev = rule.severity === "off" ? null : SEVERITY_TEXT[rule.severity];
  return (
    <article class="rule" id={`rule-${rule.id.replace(/\//g, "-")}`} aria-labelledby={`rule-${rule.id.replace(/\//g, "-")}-h`}>
      <h3 id={`rule-${rule.id.replace(/\//g, "-")}-h`}>{rule.docs.summary}</h3>
      <p class="rule-meta">
        <code>{rule.id}</code>{" "}
        {sev ? (
          <span class={`badge sev-${rule.severity}`}>
            <span aria-hidden="true">{sev.icon}</span> {sev.label}
          </span>
        ) : (
          <span class="badge off">Off in this preset</span>
        )}{" "}
        <span class="rule-seriousness">seriousness {rule.seriousness}/100</span>
      </p>
      <p>
        <strong>Why: </strong>
        {rule.docs.why}
      </p>
      <p>
        <strong>What to do: </strong>
        {rule.docs.fix}
      </p>
      {rule.citations.map((c) => (
        <figure key={c.key} class="citation">
          <blockquote>{c.text}</blockquote>
          <figcaption>
            {c.document}, {/^\d/.test(c.paragraph) ? `paragraph ${c.paragraph}` : c.paragraph}
          </figcaption>
        </figure>
      ))}
      {(rule.examples.flagged.length > 0 || rule.examples.passes.length > 0) && (
        <div class="examples">
          {rule.examples.flagged.length > 0 && (
            <div>
              <h4>Flagged</h4>
              <ul>
                {rule.examples.flagged.map((x) => (
                  <li key={x}>
                    <span aria-hidden="true">✗ </span>
                    {x}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {rule.examples.passes.length > 0 && (
            <div>
              <h4>Fine</h4>
              <ul>
                {rule.examples.passes.map((x) => (
                  <li key={x}>
                    <span aria-hidden="true">✓ </span>
                    {x}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </article>
  );
}
