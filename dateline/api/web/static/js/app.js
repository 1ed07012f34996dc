// The web app's shell: hash router, API calls, the filter form, paging. Views are in views.js.
(function (D) {
  "use strict";
  const {h, clear} = D.ui;
  const FILTERS = ["q", "from", "to", "place", "actor", "type", "mode"];
  const MODES = ["asserted", "claimed", "denied", "disputed", "planned", "hypothetical"];
  // PLOVER types come from the API's own schema, fetched while the first view loads
  const eventTypes = fetch("/openapi.json").then((r) => r.json())
    .then((schema) => ((schema.components || {}).schemas || {}).EventType?.enum || [])
    .catch(() => []);

  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value === null || value === undefined || value === "") continue;
      (Array.isArray(value) ? value : [value]).forEach((v) => query.append(key, v));
    }
    const url = path + (query.toString() ? "?" + query : "");
    const response = await fetch(url, {headers: {accept: "application/json"}});
    const body = await response.json().catch(() => ({ok: false, error: response.statusText}));
    if (!response.ok || body.ok === false) {
      throw new Error(body.error || ("request failed with status " + response.status));
    }
    return body;
  }

  function parseHash() {
    const raw = location.hash.replace(/^#\/?/, "");
    const [path, query] = raw.split("?");
    const parts = path.split("/").filter(Boolean).map((p) => {
      try { return decodeURIComponent(p); } catch (e) { return p; }
    });
    return {view: parts[0] || "timeline", args: parts.slice(1),
      params: new URLSearchParams(query || "")};
  }

  function hashFor(view, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value) query.set(key, value);
    }
    return "#/" + view + (query.toString() ? "?" + query : "");
  }

  function go(hash) {
    location.hash = hash;
  }

  function filterValues(params) {
    const out = {};
    for (const name of FILTERS) out[name] = params.get(name) || "";
    return out;
  }

  // The filter form: changing it rewrites the hash, which re-renders the view
  function filterForm(view, params, fields) {
    const values = filterValues(params);
    const input = (name, label, type, extra) => h("label", {}, label,
      h("input", {name, type: type || "text", value: values[name], ...(extra || {})}));
    const select = (name, label, options) => {
      const box = h("select", {name}, h("option", {value: ""}, "any"));
      Promise.resolve(options).then((list) => list.forEach((o) => {
        const option = h("option", {value: o}, o);
        box.append(option);
        if (o === values[name]) option.selected = true;
      }));
      return h("label", {}, label, box);
    };
    const parts = {
      q: input("q", "Words", "search", {placeholder: "words in the evidence"}),
      from: input("from", "From", "date"), to: input("to", "To", "date"),
      place: input("place", "Place", "text", {placeholder: "exact place name"}),
      actor: input("actor", "Actor", "text", {placeholder: "part of a name"}),
      type: select("type", "Event type", eventTypes), mode: select("mode", "Mode", MODES),
    };
    const form = h("form", {class: "filters", role: "search"},
      (fields || FILTERS).map((f) => parts[f]),
      h("button", {type: "submit"}, "Apply"),
      h("a", {href: hashFor(view, {}), class: "reset"}, "clear"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const data = {};
      new FormData(form).forEach((value, key) => { data[key] = String(value).trim(); });
      go(hashFor(view, data));
    });
    return form;
  }

  // A list with a "more" button that follows next_offset
  function pagedList(fetchPage, renderItem, emptyText, firstPage) {
    const list = h("div", {class: "paged"});
    const more = h("button", {type: "button", class: "more"}, "more");
    let offset = 0;
    async function load() {
      more.disabled = true;
      try {
        const page = await (offset === 0 && firstPage ? firstPage : fetchPage(offset));
        firstPage = null;
        if (!page.items.length && offset === 0) list.append(D.ui.empty(emptyText));
        page.items.forEach((item) => list.append(renderItem(item)));
        offset = page.next_offset;
        more.hidden = offset === null;
      } catch (err) {
        list.append(errorBox(err));
        more.hidden = true;
      }
      more.disabled = false;
    }
    more.addEventListener("click", load);
    load();
    return h("div", {}, list, more);
  }

  function errorBox(err) {
    return h("p", {class: "error", role: "alert"}, String(err && err.message ? err.message : err));
  }

  async function route() {
    const main = document.getElementById("main");
    const {view, args, params} = parseHash();
    document.querySelectorAll("nav a[data-view]").forEach((a) => {
      a.setAttribute("aria-current", a.getAttribute("data-view") === view ? "page" : "false");
    });
    const render = D.views[view] || D.views.timeline;
    clear(main);
    main.append(h("p", {class: "muted loading"}, "loading…"));
    try {
      const content = await render(args, params);
      clear(main).append(content);
      main.setAttribute("data-view", view);
      if (view === "evidence") D.evidence.reveal();
      else window.scrollTo(0, 0);
    } catch (err) {
      clear(main).append(errorBox(err));
    }
  }

  function start() {
    window.addEventListener("hashchange", route);
    route();
  }

  D.app = {api, go, hashFor, filterForm, filterValues, pagedList, errorBox, start};
  document.addEventListener("DOMContentLoaded", start);
})(window.Dateline = window.Dateline || {});
