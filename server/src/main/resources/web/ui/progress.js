// Where a running analysis is: the contract's stages in order, the current one marked, and the pages
// read so far when the document's page count is known.
import { h } from "./dom.js";

const STAGES = ["queued", "intake", "ocr", "extraction", "audit", "explanation"];
const LABELS = { queued: "Queued", intake: "Reading", ocr: "OCR", extraction: "Lines", audit: "Audit", explanation: "Explanation" };

/** The progress of an analysis that is queued or processing; null once it finished. */
export function progressView(analysis) {
  const progress = analysis.progress;
  if (!progress) return null;
  const current = STAGES.indexOf(progress.stage);
  const steps = h("ol", { class: "stages" }, STAGES.map((stage, i) => h("li", {
    class: i < current ? "done" : i === current ? "current" : null,
    "aria-current": i === current ? "step" : null, dataset: { stage },
  }, LABELS[stage])));
  const pages = progress.pages
    ? h("div", { class: "pages" },
      h("progress", { max: String(progress.pages), value: String(progress.pagesDone) }),
      h("span", { class: "small muted" }, `page ${progress.pagesDone} of ${progress.pages} read`))
    : null;
  return h("div", { class: "progress-view", id: "progress", dataset: { stage: progress.stage } }, steps, pages);
}
