// The money at a glance: counts by verdict and status, billed and recoverable, the last seven days,
// the most recent analyses.
import { api } from "./api.js";
import { h, show, money, figure } from "./dom.js";
import { analysesTable } from "./view-list.js";

const DAY = 24 * 60 * 60 * 1000;
const VERDICTS = ["ok", "warning", "critical"];

function verdictBar(byVerdict) {
  const total = VERDICTS.reduce((sum, verdict) => sum + (byVerdict[verdict] || 0), 0);
  const bar = h("div", { class: "stacked", role: "img", "aria-label": "analyses by verdict" });
  for (const verdict of VERDICTS) {
    const count = byVerdict[verdict] || 0;
    if (!count) continue;
    const part = h("span", { class: `part ${verdict}`, title: `${verdict}: ${count}` }, `${verdict} ${count}`);
    part.style.flexGrow = String(count);
    bar.append(part);
  }
  const counts = h("dl", { class: "counts" }, VERDICTS.map((verdict) => h("div", { class: verdict },
    h("dt", {}, h("a", { href: `#/analyses?verdict=${verdict}` }, verdict)),
    h("dd", {}, String(byVerdict[verdict] || 0)))));
  return total ? [bar, counts] : [h("p", { class: "muted" }, "No completed bills yet."), counts];
}

async function lastSevenDays() {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const days = Array.from({ length: 7 }, (_, i) => new Date(today.getTime() - (6 - i) * DAY));
  const stats = await Promise.all(days.map((day) => api.stats({
    since: day.toISOString(), until: new Date(day.getTime() + DAY).toISOString() })));
  const peak = Math.max(1, ...stats.map((s) => Number(s.billed) || 0));
  const quiet = stats.every((s) => !Number(s.billed));
  return h("div", { class: "days", role: "img", "aria-label": "billed and recoverable per day",
    dataset: quiet ? { quiet: "nothing billed in the last seven days" } : {} },
    days.map((day, i) => {
      const billed = h("span", { class: "bar billed", title: `billed ${money(stats[i].billed)}` });
      const recoverable = h("span", { class: "bar recoverable", title: `recoverable ${money(stats[i].recoverable)}` });
      billed.style.height = `${(100 * (Number(stats[i].billed) || 0)) / peak}%`;
      recoverable.style.height = `${(100 * (Number(stats[i].recoverable) || 0)) / peak}%`;
      return h("div", { class: "day" }, h("div", { class: "bars" }, billed, recoverable),
        h("span", { class: "small muted" }, day.toLocaleDateString("en-GB", { weekday: "short", day: "numeric" })));
    }));
}

export async function overview() {
  const [stats, recent] = await Promise.all([api.stats(), api.analyses({ limit: 8 })]);
  const pct = Number(stats.billed) > 0 ? (100 * Number(stats.recoverable)) / Number(stats.billed) : 0;
  const p50 = stats.processingSeconds?.p50;
  const byStatus = stats.byStatus || {};
  show(
    h("section", { class: "figures", id: "stats" },
      figure("Analyses", String(stats.total),
        `${byStatus.completed || 0} completed · ${byStatus.failed || 0} failed · ${(byStatus.queued || 0) + (byStatus.processing || 0)} in progress`),
      figure("Billed", money(stats.billed), "sum of completed bills"),
      figure("Recoverable", money(stats.recoverable), `${pct.toFixed(1)}% of billed`),
      figure("Needs review", h("a", { href: "#/analyses?review=needed", id: "review-needed" }, String(stats.reviewNeeded ?? 0)),
        "readings too unsure to trust unchecked"),
      figure("Time to result", p50 === null || p50 === undefined ? "—" : `${p50.toFixed(1)} s`, "median")),
    h("section", { class: "grid two" },
      h("div", { class: "card" }, h("h2", {}, "Verdicts"), verdictBar(stats.byVerdict || {})),
      h("div", { class: "card" }, h("h2", {}, "Last 7 days"), h("div", { id: "days" }, h("p", { class: "muted" }, "Loading…")),
        h("p", { class: "legend small" }, h("span", { class: "swatch billed" }), " billed ",
          h("span", { class: "swatch recoverable" }), " recoverable"))),
    h("section", { class: "card" }, h("div", { class: "card-head" }, h("h2", {}, "Recent analyses"),
      h("a", { href: "#/analyses" }, "All analyses →")), analysesTable(recent.items)));
  document.getElementById("days").replaceChildren(await lastSevenDays());
}
