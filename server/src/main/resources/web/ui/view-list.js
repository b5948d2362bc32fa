// Recent analyses, newest first, filtered by status and verdict, paged with the API's cursor.
import { api } from "./api.js";
import { h, show, money, when, badge } from "./dom.js";

const STATUSES = ["", "queued", "processing", "completed", "failed"];
const VERDICTS = ["", "ok", "warning", "critical"];

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
      class: "clickable", dataset: { id: item.id, verdict: item.verdict || "", status: item.status },
      onclick: () => { location.hash = `#/analyses/${item.id}`; },
    },
    h("td", {}, when(item.createdAt)),
    h("td", {}, h("a", { href: `#/analyses/${item.id}` }, item.fileName || item.id.slice(0, 8)),
      item.documentType ? h("span", { class: "muted small" }, " " + item.documentType.replace(/_/g, " ")) : null),
    h("td", {}, item.reference || ""),
    h("td", {}, badge(item.status, "status-" + item.status)),
    h("td", {}, item.verdict ? badge(item.verdict) : h("span", { class: "muted" }, "—")),
    h("td", { class: "num" }, money(item.lineItemsTotal)),
    h("td", { class: "num" }, money(item.recoverable))))));
}

function select(name, values, current) {
  return h("label", {}, name[0].toUpperCase() + name.slice(1) + " ",
    h("select", { name, id: `filter-${name}` },
      values.map((value) => h("option", { value, selected: value === current }, value || "any"))));
}

export async function analysesList(params) {
  const filters = { status: params.get("status") || "", verdict: params.get("verdict") || "" };
  const form = h("form", { class: "filters", id: "filters" },
    select("status", STATUSES, filters.status), select("verdict", VERDICTS, filters.verdict));
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
