// The API as the dashboard uses it: every call carries the key the user typed, kept for this tab only.
const KEY = "bill-audit.key";

export const key = {
  get: () => sessionStorage.getItem(KEY),
  set: (value) => sessionStorage.setItem(KEY, value),
  clear: () => sessionStorage.removeItem(KEY),
};

/** An answer that was not 2xx, with the server's problem details. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function call(method, path, body, contentType) {
  const headers = { Authorization: `Bearer ${key.get()}` };
  if (contentType) headers["Content-Type"] = contentType;
  const response = await fetch(path, { method, headers, body });
  const type = response.headers.get("Content-Type") || "";
  const data = type.includes("json") ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

/** Binary answers (the document, its page images) as a Blob. */
async function blob(path) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${key.get()}` } });
  if (!response.ok) {
    const type = response.headers.get("Content-Type") || "";
    throw new ApiError(response.status, type.includes("json") ? await response.json() : null);
  }
  return response.blob();
}

function query(params) {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== "");
  return entries.length ? "?" + new URLSearchParams(entries).toString() : "";
}

export const api = {
  stats: (params = {}) => call("GET", "/v1/stats" + query(params)),
  analyses: (params = {}) => call("GET", "/v1/analyses" + query(params)),
  analysis: (id) => call("GET", `/v1/analyses/${encodeURIComponent(id)}`),
  schemes: () => call("GET", "/v1/schemes"),
  upload: (form) => call("POST", "/v1/analyses", form),
  questions: (id) => call("GET", `/v1/analyses/${encodeURIComponent(id)}/questions`),
  ask: (id, question) => call("POST", `/v1/analyses/${encodeURIComponent(id)}/questions`,
    JSON.stringify({ question }), "application/json"),
  document: (id) => blob(`/v1/analyses/${encodeURIComponent(id)}/document`),
  page: (id, page) => blob(`/v1/analyses/${encodeURIComponent(id)}/document/pages/${page}`),
};
