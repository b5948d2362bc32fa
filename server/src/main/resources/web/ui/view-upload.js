// Upload a bill: the file, the scheme to audit against, optional region and reference; then follow
// the analysis until it finishes and offer to open it.
import { api } from "./api.js";
import { h, show, notice, badge } from "./dom.js";
import { progressView } from "./progress.js";

const POLL_MS = 1000;

export async function upload() {
  const schemes = (await api.schemes()).items;
  const status = h("div", { id: "upload-status", "aria-live": "polite" });
  const form = h("form", { id: "upload", class: "card narrow" },
    h("h1", {}, "Audit a bill"),
    h("p", { class: "muted" }, "A PDF (text or scanned), a photo (PNG, JPEG, TIFF) or a text file."),
    h("label", {}, "Bill", h("input", { type: "file", name: "file", id: "upload-file", required: true,
      accept: ".pdf,.png,.jpg,.jpeg,.tif,.tiff,.txt,application/pdf,image/*,text/plain" })),
    h("label", {}, "Scheme", h("select", { name: "scheme", id: "upload-scheme" },
      schemes.map((s) => h("option", { value: s.code }, `${s.code} — ${s.name}`)))),
    h("div", { class: "row" },
      h("label", {}, "Region", h("input", { name: "region", placeholder: "e.g. DL", maxlength: "8" })),
      h("label", {}, "Reference", h("input", { name: "reference", placeholder: "your claim number" }))),
    h("button", { type: "submit", class: "primary", id: "upload-submit" }, "Upload and audit"),
    status);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    for (const name of ["region", "reference"]) if (!data.get(name)) data.delete(name);
    form.querySelector("button").disabled = true;
    try {
      const accepted = await api.upload(data);
      await follow(accepted.id, status);
    } catch (error) {
      status.replaceChildren(notice(error.message));
    } finally {
      form.querySelector("button").disabled = false;
    }
  });
  show(form);
}

async function follow(id, status) {
  for (;;) {
    const analysis = await api.analysis(id);
    const done = analysis.status === "completed" || analysis.status === "failed";
    status.replaceChildren(h("div", {}, h("p", { class: "progress" }, badge(analysis.status, "status-" + analysis.status),
      done ? h("a", { href: `#/analyses/${id}`, id: "open-analysis", class: "button" }, "Open the analysis") : null),
    progressView(analysis)));
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
