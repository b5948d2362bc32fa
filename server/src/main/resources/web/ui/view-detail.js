// One analysis: what was read, its lines with their tariff matches, and the findings with what they
// cost; choosing a finding highlights the lines it is about.
import { api } from "./api.js";
import { h, show, money, when, badge, figure, notice } from "./dom.js";
import { progressView } from "./progress.js";

const POLL_MS = 1000;

function explanation(markdown) {
  // the explanation is markdown; shown as paragraphs and lists of plain text (never as HTML)
  const blocks = [];
  let list = null;
  for (const raw of (markdown || "").split("\n")) {
    const line = raw.trim();
    if (!line) { list = null; continue; }
    const item = line.match(/^[-*]\s+(.*)$/);
    const text = (item ? item[1] : line).replace(/\*\*|__|`/g, "").replace(/^#+\s*/, "");
    if (item) {
      if (!list) { list = h("ul"); blocks.push(list); }
      list.append(h("li", {}, text));
    } else {
      list = null;
      blocks.push(line.startsWith("#") ? h("h3", {}, text) : h("p", {}, text));
    }
  }
  return h("div", { class: "explanation" }, blocks);
}

/** Which bill of the upload (when there are several) and which heading a line stands under. */
function placeOf(line, manyBills) {
  const place = [manyBills && line.bill ? `bill ${line.bill}` : null, line.section].filter(Boolean).join(" · ");
  return place ? h("span", { class: "small muted section" }, place) : null;
}

function linesTable(analysis) {
  const flagged = new Map();
  analysis.findings.forEach((finding) => finding.lineItems.forEach((index) => {
    if (finding.severity !== "info") flagged.set(index, finding.severity);
  }));
  if (!analysis.lineItems.length) {
    return h("p", { class: "empty", id: "lines" }, "No chargeable lines were read from this document.");
  }
  const manyBills = (analysis.bills || []).length > 1;
  return h("table", { class: "lines", id: "lines" },
    h("thead", {}, h("tr", {}, h("th", { class: "num" }, "#"), h("th", {}, "Description"), h("th", {}, "Date"),
      h("th", { class: "num" }, "Qty"), h("th", { class: "num" }, "Rate"), h("th", { class: "num" }, "Amount"),
      h("th", {}, "Reference"))),
    h("tbody", {}, analysis.lineItems.map((line) => h("tr", {
      id: `line-${line.index}`,
      class: [flagged.has(line.index) ? `flag-${flagged.get(line.index)}` : null, line.uncertain ? "uncertain" : null]
        .filter(Boolean).join(" ") || null },
    h("td", { class: "num muted" }, line.index),
    h("td", {}, line.description, line.category ? h("span", { class: "tag" }, line.category) : null,
      placeOf(line, manyBills),
      line.uncertain ? h("span", { class: "tag doubtful", title: "a figure or word could not be read with confidence "
        + "and nothing confirmed it; it is not counted into recoverable on its own" }, "unsure reading") : null),
    h("td", { class: "date" }, line.date || ""),
    h("td", { class: "num" }, line.quantity ?? ""),
    h("td", { class: "num" }, money(line.unitPrice)),
    h("td", { class: "num" }, money(line.amount)),
    h("td", { class: "small" }, line.match
      ? [h("strong", {}, line.match.code), " ", line.match.name, h("br"),
        h("span", { class: "muted" }, `${money(line.match.rate)} / ${line.match.unit || "unit"}`)]
      : h("span", { class: "muted" }, "no match"))))));
}

function findingsList(analysis) {
  if (!analysis.findings.length) {
    return h("p", { class: "empty" }, analysis.lineItems.length ? "No findings: every line is in order."
      : "No findings: there were no lines to check.");
  }
  const items = analysis.findings.map((finding, i) => h("li", {
    class: `finding ${finding.severity}`, tabindex: "0", dataset: { finding: String(i + 1), lines: finding.lineItems.join(",") },
  },
  h("div", { class: "finding-head" }, badge(finding.type.replace(/_/g, " ").toLowerCase(), finding.severity),
    h("strong", { class: "num" }, finding.amount > 0 ? money(finding.amount, analysis.currency) : "")),
  h("p", {}, finding.message),
  finding.lineItems.length ? h("span", { class: "small muted" }, `line ${finding.lineItems.join(", ")}`) : null));
  const list = h("ol", { class: "findings", id: "findings" }, items);
  const choose = (item) => {
    for (const other of list.children) other.classList.toggle("selected", other === item);
    const lines = item.dataset.lines ? item.dataset.lines.split(",") : [];
    for (const row of document.querySelectorAll("#lines tbody tr")) {
      row.classList.toggle("highlighted", lines.includes(row.id.replace("line-", "")));
    }
    if (lines.length) document.getElementById(`line-${lines[0]}`)?.scrollIntoView({ block: "nearest" });
  };
  list.addEventListener("click", (event) => { const item = event.target.closest("li"); if (item) choose(item); });
  list.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches("li")) choose(event.target);
  });
  return list;
}

/** One row per bill of the upload, shown when the upload holds more than one. */
function billsTable(analysis) {
  const currency = analysis.currency;
  return h("div", { class: "card" }, h("h2", {}, `${analysis.bills.length} bills in this upload`),
    h("table", { class: "bills", id: "bills" },
      h("thead", {}, h("tr", {}, h("th", { class: "num" }, "Bill"), h("th", {}, "Number"), h("th", {}, "Date"),
        h("th", {}, "Seller"), h("th", {}, "Pages"), h("th", { class: "num" }, "Lines"), h("th", { class: "num" }, "Discount"),
        h("th", { class: "num" }, "Tax"), h("th", { class: "num" }, "Stated total"))),
      h("tbody", {}, analysis.bills.map((bill) => h("tr", {},
        h("td", { class: "num muted" }, bill.index),
        h("td", {}, bill.number || "—"),
        h("td", {}, bill.date || "—"),
        h("td", {}, bill.seller || "—"),
        h("td", { class: "small" }, (bill.pages || []).join(", ")),
        h("td", { class: "num" }, money(bill.lineItems, currency)),
        h("td", { class: "num" }, money(bill.discount, currency)),
        h("td", { class: "num" }, money(bill.tax, currency), bill.taxIncluded ? h("span", { class: "small muted" }, " incl.") : null),
        h("td", { class: "num" }, money(bill.statedTotal, currency)))))));
}

/** The uploaded document beside its lines: PDF pages as server-rendered images, photos as sent, text as text. */
function documentView(analysis) {
  const doc = analysis.document || {};
  const body = h("div", { class: "document", id: "document" }, h("p", { class: "muted" }, "Loading the document…"));
  const pages = doc.contentType === "application/pdf" ? Math.max(1, doc.pages || 1) : 1;
  let page = 1;
  const label = h("span", { class: "small muted" });
  const previous = h("button", { type: "button", class: "secondary", onclick: () => turn(-1) }, "‹");
  const next = h("button", { type: "button", class: "secondary", onclick: () => turn(1) }, "›");
  const pager = pages > 1 ? h("div", { class: "pager" }, previous, label, next) : null;

  async function load() {
    try {
      if (doc.contentType === "application/pdf") {
        label.textContent = `page ${page} of ${pages}`;
        body.replaceChildren(image(await api.page(analysis.id, page), `page ${page}`));
      } else if ((doc.contentType || "").startsWith("image/")) {
        body.replaceChildren(image(await api.document(analysis.id), doc.fileName || "document"));
      } else {
        body.replaceChildren(h("pre", {}, await (await api.document(analysis.id)).text()));
      }
    } catch (error) {
      body.replaceChildren(notice(`The document cannot be shown: ${error.message}`));
    }
  }
  function turn(step) {
    page = Math.min(pages, Math.max(1, page + step));
    load();
  }
  load();
  return h("div", { class: "card" }, h("div", { class: "card-head" }, h("h2", {}, "Document"), pager), body);
}

/** Questions about this bill, answered from its lines and findings; a citation highlights what it cites. */
function questionBox(analysis) {
  const list = h("ol", { class: "questions", id: "questions" });
  const input = h("input", { name: "question", id: "question", maxlength: "500", required: true,
    placeholder: "e.g. why is line 4 flagged?", "aria-label": "question" });
  const form = h("form", { class: "ask", id: "ask" }, input, h("button", { type: "submit", class: "primary" }, "Ask"));
  const add = (item) => list.append(h("li", {},
    h("p", { class: "q" }, item.question),
    h("p", { class: "a" }, item.answer),
    item.citations.length ? h("p", { class: "small" }, "Cites ", item.citations.map((c) => h("button", {
      type: "button", class: "cite", onclick: () => highlight(c) },
    c.lineItem ? `line ${c.lineItem}` : `finding ${c.finding}`))) : null));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    form.querySelector("button").disabled = true;
    try {
      add(await api.ask(analysis.id, input.value));
      input.value = "";
    } catch (error) {
      list.append(h("li", {}, notice(error.message)));
    } finally {
      form.querySelector("button").disabled = false;
    }
  });
  api.questions(analysis.id).then((page) => page.items.forEach(add)).catch(() => {});
  return h("div", { class: "card" }, h("h2", {}, "Ask about this bill"), list, form);
}

function highlight(citation) {
  if (citation.finding) {
    document.querySelector(`#findings li[data-finding="${citation.finding}"]`)?.click();
    return;
  }
  for (const row of document.querySelectorAll("#lines tbody tr")) {
    row.classList.toggle("highlighted", row.id === `line-${citation.lineItem}`);
  }
  document.getElementById(`line-${citation.lineItem}`)?.scrollIntoView({ block: "nearest" });
}

function image(blob, alt) {
  const url = URL.createObjectURL(blob);
  return h("img", { src: url, alt, onload: () => URL.revokeObjectURL(url) });
}

function header(analysis) {
  const doc = analysis.document || {};
  return h("section", { class: "card" },
    h("div", { class: "card-head" },
      h("div", {}, h("h1", {}, doc.fileName || "Analysis"),
        h("p", { class: "muted" }, [analysis.documentType?.replace(/_/g, " "), `scheme ${analysis.scheme}`,
          analysis.region, [analysis.currency, analysis.locale].filter(Boolean).join(" "), `uploaded ${when(analysis.createdAt)}`, analysis.reference ? `ref ${analysis.reference}` : null]
          .filter(Boolean).join(" · "))),
      h("div", { class: "verdict", id: "verdict" }, badge(analysis.status, "status-" + analysis.status),
        analysis.verdict ? badge(analysis.verdict) : null)),
    analysis.review?.needed ? h("div", { class: "notice warning", id: "review", role: "status" },
      h("strong", {}, "Needs a person's review"),
      h("ul", {}, analysis.review.reasons.map((reason) => h("li", {}, reason)))) : null,
    analysis.error ? notice(`${analysis.error.code}: ${analysis.error.message}`) : null);
}

function finished(analysis) {
  const totals = analysis.totals || {};
  const doc = analysis.document || {};
  return [
    h("section", { class: "figures" },
      figure("Billed", money(totals.lineItems, analysis.currency), `${analysis.lineItems.length} lines`),
      figure("Recoverable", money(totals.recoverable, analysis.currency), `${(totals.recoverablePct ?? 0).toFixed(2)}%`),
      figure("Stated total", money(totals.statedTotal, analysis.currency),
        totals.discount || totals.tax ? `discount ${money(totals.discount)} · tax ${money(totals.tax)}` : null),
      figure("Read from", doc.textSource || "—", doc.ocrConfidence != null
        ? `OCR confidence ${(100 * doc.ocrConfidence).toFixed(0)}%` : `${doc.pages ?? "?"} page(s)`)),
    (analysis.bills || []).length > 1 ? billsTable(analysis) : null,
    h("section", { class: "grid detail" },
      h("div", { class: "side" }, h("div", { class: "card" }, h("h2", {}, "Lines"), linesTable(analysis)),
        documentView(analysis)),
      h("div", { class: "side" },
        h("div", { class: "card" }, h("h2", {}, "Findings"), findingsList(analysis),
          analysis.explanation ? [h("h2", {}, "Explanation"), explanation(analysis.explanation)] : null),
        questionBox(analysis))),
  ];
}

export async function analysisDetail(id) {
  let analysis = await api.analysis(id);
  while (analysis.status === "queued" || analysis.status === "processing") {
    show(header(analysis), h("section", { class: "card", id: "waiting" },
      h("p", { class: "muted" }, `The analysis is ${analysis.status}; this page follows it.`), progressView(analysis)));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (location.hash !== `#/analyses/${id}`) return;
    analysis = await api.analysis(id);
  }
  show(header(analysis), ...(analysis.status === "completed" ? finished(analysis) : []));
}
