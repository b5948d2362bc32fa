// The dashboard: asks for a key, then routes #/, #/analyses, #/analyses/{id} and #/upload to their views.
import { key, ApiError, api } from "./api.js";
import { h, show, notice } from "./dom.js";
import { overview } from "./view-overview.js";
import { analysesList } from "./view-list.js";
import { analysisDetail } from "./view-detail.js";
import { upload } from "./view-upload.js";

const routes = [
  [/^#\/analyses\/([0-9a-f-]{36})$/, (id) => analysisDetail(id)],
  [/^#\/analyses(?:\?(.*))?$/, (params) => analysesList(new URLSearchParams(params || ""))],
  [/^#\/upload$/, () => upload()],
  [/^(?:#\/?)?$/, () => overview()],
];

function signIn(message) {
  document.getElementById("nav").hidden = true;
  const input = h("input", { id: "api-key", type: "password", name: "key", autocomplete: "off", required: true,
    placeholder: "Bearer key", "aria-label": "API key" });
  const form = h("form", { id: "sign-in", class: "card narrow" },
    h("h1", {}, "Sign in"),
    h("p", { class: "muted" }, "Enter an API key. It is kept for this browser tab only and sent with every request."),
    message ? notice(message) : null,
    input,
    h("button", { type: "submit", class: "primary" }, "Open dashboard"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    key.set(input.value.trim());
    try {
      await api.stats();
      route();
    } catch (error) {
      key.clear();
      signIn(error instanceof ApiError && error.status === 401 ? "That key is not valid." : error.message);
    }
  });
  show(form);
  input.focus();
}

async function route() {
  if (!key.get()) {
    signIn();
    return;
  }
  document.getElementById("nav").hidden = false;
  const hash = location.hash || "#/";
  for (const link of document.querySelectorAll("[data-nav]")) {
    const section = link.dataset.nav;
    const active = section === "overview" ? hash === "#/" : hash.startsWith(`#/${section}`);
    link.classList.toggle("active", active);
  }
  for (const [pattern, view] of routes) {
    const match = hash.match(pattern);
    if (match) {
      try {
        await view(...match.slice(1));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          key.clear();
          signIn("The key was refused; enter it again.");
        } else {
          show(notice(error.message));
        }
      }
      return;
    }
  }
  show(notice("No such page."));
}

document.getElementById("sign-out").addEventListener("click", () => {
  key.clear();
  location.hash = "#/";
  signIn();
});
window.addEventListener("hashchange", route);
route();
