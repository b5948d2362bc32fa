// Small DOM helpers: every text goes in through textContent, never as HTML.

/** Creates an element: h("td", {class: "num"}, "12.00", child, ...). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces the children of the page's main area. */
export function show(...children) {
  const main = document.getElementById("main");
  main.replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return main;
}

export function money(value, currency) {
  if (value === null || value === undefined) return "—";
  const options = currency ? { style: "currency", currency, maximumFractionDigits: 2, minimumFractionDigits: 2 }
    : { maximumFractionDigits: 2, minimumFractionDigits: 2 };
  try {
    return new Intl.NumberFormat("en-IN", options).format(value);
  } catch {
    return Number(value).toFixed(2);
  }
}

export function when(iso) {
  if (!iso) return "—";
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

export function badge(text, kind) {
  return h("span", { class: `badge ${kind || text || "none"}` }, text || "—");
}

export function notice(message, kind = "error") {
  return h("p", { class: `notice ${kind}`, role: kind === "error" ? "alert" : "status" }, message);
}

/** A labelled figure for the top of a view. */
export function figure(label, value, hint) {
  return h("div", { class: "figure" }, h("span", { class: "label" }, label), h("strong", {}, value),
    hint ? h("span", { class: "hint" }, hint) : null);
}
