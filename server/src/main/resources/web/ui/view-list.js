// Recent analyses, newest first, filtered by status, verdict and whether a person should review the
// reading, paged with the API's cursor.
import { api } from "./api.js";
import { h, show, money, when, badge } from "./dom.js";

const ANY = ["", "any"];
const STATUSES = [ANY, ...["queued", "processing", "completed", "failed"].map((s) => [s, s])];
const VERDICTS = [ANY, ...["ok", "warning", "critical"].map((v) => [v, v])];
const REVIEWS = [ANY, ["needed", "needed"], ["none", "not needed"]];

/** The table of analyses; rows open the analysis. */
export function analysesTable(items) {
  if (!items.length) {
    return h("p", { class: "empty" }, "No analyses match.");
  }
  return h("table", { class: "analyses" },
    h("thead", {}, h("tr", {},
      h("th", {}, "Uploaded"), h("th", {}, "Document"), h("th", {}, "Reference"), h("th", {}, "Status"),
      h("th", {}, "Verdict"), h("th", { class: "num" }, "Billed"), h("th", { class: "num" }, "Recoverable"))),
    h("tbody", {}, items.map((item) => h("tr", {
      class: "clickable", dataset: { id: item.id, verdict: item.verdict || "", status: item.status,
        review: item.reviewNeeded ? "needed" : "none" },
      onclick: () => { location.hash = `#/analyses/${item.id}`; },
    },
    h("td", {}, when(item.createdAt)),
    h("td", {}, h("a", { href: `#/analyses/${item.id}` }, item.fileName || item.id.slice(0, 8)),
      item.documentType ? h("span", { class: "muted small" }, " " + item.documentType.replace(/_/g, " ")) : null),
    h("td", {}, item.reference || ""),
    h("td", {}, badge(item.status, "status-" + item.status)),
    h("td", { class: "verdicts" }, item.verdict ? badge(item.verdict) : h("span", { class: "muted" }, "—"),
      item.reviewNeeded ? h("span", { class: "badge review", title: "the reading is too unsure to trust without a person" },
        "review") : null),
    h("td", { class: "num" }, money(item.lineItemsTotal)),
    h("td", { class: "num" }, money(item.recoverable))))));
}

/** @param options [value, label] pairs */
function select(name, options, current) {
  return h("label", {}, name[0].toUpperCase() + name.slice(1) + " ",
    h("select", { name, id: `filter-${name}` },
      options.map(([value, label]) => h("option", { value, selected: value === current }, label))));
}

export async function analysesList(params) {
  const filters = { status: params.get("status") || "", verdict: params.get("verdict") || "",
    review: params.get("review") || "" };
  const form = h("form", { class: "filters", id: "filters" },
    select("status", STATUSES, filters.status), select("verdict", VERDICTS, filters.verdict),
    select("review", REVIEWS, filters.review));
  form.addEventListener("change", () => {
    const chosen = new URLSearchParams(Object.entries(Object.fromEntries(new FormData(form))).filter(([, v]) => v));
    location.hash = "#/analyses" + (chosen.toString() ? "?" + chosen : "");
  });
  const body = h("div", { id: "analyses-list" }, h("p", { class: "muted" }, "Loading…"));
  show(h("section", { class: "card" }, h("div", { class: "card-head" }, h("h1", {}, "Analyses"), form), body));

  const items = [];
  let cursor = null;
  const more = h("button", { type: "button", class: "secondary", id: "more" }, "Load more");
  async function load() {
    const page = await api.analyses({ ...filters, limit: 25, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
    body.replaceChildren(analysesTable(items), cursor ? more : "");
  }
  more.addEventListener("click", load);
  await load();
}
