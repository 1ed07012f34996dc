// dateline UI helpers shared by the web app and the HTML report.
// Every piece of data reaches the page through textContent or setAttribute on a fixed list of
// attributes; never through innerHTML. Links are rendered only for http(s) URLs and our own
// "#/..." routes; anything else (javascript:, data:, ...) stays plain text.
(function (D) {
  "use strict";
  const SVG_NS = "http://www.w3.org/2000/svg";
  const ATTRS = new Set(["class", "id", "title", "role", "type", "name", "value", "for",
    "placeholder", "tabindex", "colspan", "lang", "datetime", "rel", "target", "min", "max",
    "autocomplete", "aria-label", "aria-live", "aria-current", "aria-pressed", "list"]);

  function safeUrl(value) {
    if (typeof value !== "string") return null;
    const text = value.trim();
    if (!/^https?:\/\//i.test(text)) return null;
    try {
      const url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function safeHref(value) {
    if (typeof value === "string" && value.startsWith("#/")) return value;
    return safeUrl(value);
  }

  function append(el, kids) {
    for (const kid of kids.flat(Infinity)) {
      if (kid === null || kid === undefined || kid === false) continue;
      el.appendChild(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    }
    return el;
  }

  function setAttrs(el, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "on") {
        for (const [event, fn] of Object.entries(value)) el.addEventListener(event, fn);
      } else if (key === "href") {
        const href = safeHref(value);
        if (href) el.setAttribute("href", href);
      } else if (ATTRS.has(key) || key.startsWith("data-")) {
        el.setAttribute(key, String(value));
      } else {
        throw new Error("attribute not allowed: " + key);
      }
    }
    return el;
  }

  // h("a", {href: "#/x", class: "c"}, "text", child) -- data is always text
  function h(tag, attrs, ...kids) {
    return append(setAttrs(document.createElement(tag), attrs), kids);
  }

  // SVG element; attributes are numbers or fixed words, never data
  function s(tag, attrs, ...kids) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "on") {
        for (const [event, fn] of Object.entries(value)) el.addEventListener(event, fn);
      } else if (/^on/i.test(key) || /href$/i.test(key)) {
        throw new Error("attribute not allowed: " + key);
      } else {
        el.setAttribute(key, String(value));
      }
    }
    return append(el, kids);
  }

  function link(text, url) {
    const href = safeUrl(url);
    return href ? h("a", {href, rel: "noopener noreferrer nofollow", target: "_blank"}, text)
      : h("span", {class: "plain-url"}, text);
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
  }

  // Offsets from dateline count Unicode code points; JavaScript strings count UTF-16 units.
  function codePoints(text) {
    return Array.from(text || "");
  }

  // The text with [start, end) spans wrapped in <mark> (spans sorted, not overlapping)
  function marked(text, spans, cls) {
    const cps = codePoints(text);
    const out = [];
    let at = 0;
    for (const [start, end, id] of spans) {
      if (start < at || end <= start) continue;
      out.push(cps.slice(at, start).join(""));
      out.push(h("mark", {class: cls || "hit", id: id || null}, cps.slice(start, end).join("")));
      at = end;
    }
    out.push(cps.slice(at).join(""));
    return out;
  }

  const MODES = {
    asserted: ["reported", "Sources state it happened."],
    claimed: ["claimed", "Only claimed by someone; not established."],
    denied: ["denied", "Reported as denied; not established."],
    disputed: ["disputed", "Claimed by some sources, denied by others."],
    planned: ["planned", "Announced or expected; had not happened when reported."],
    hypothetical: ["hypothetical", "A possibility or threat, not an event."],
  };

  function modeBadge(mode) {
    const [label, help] = MODES[mode] || [String(mode), "Mode of the report."];
    return h("span", {class: "badge mode mode-" + (MODES[mode] ? mode : "other"), title: help},
      label);
  }

  function typeBadge(type) {
    return h("span", {class: "badge type", title: "PLOVER event type"}, String(type || "?"));
  }

  function day(value) {
    return value ? String(value).slice(0, 10) : "undated";
  }

  function number(value) {
    return typeof value === "number" ? value.toLocaleString("en-GB") : String(value);
  }

  function evidenceHref(articleId, start, end) {
    const tail = start === undefined || start === null ? "" : "/" + start + "/" + end;
    return "#/evidence/" + encodeURIComponent(articleId) + tail;
  }

  // One timeline entry: date, type, mode, the quoted summary, place, actors, sources
  function entry(e, opts) {
    const actorHref = opts.actorHref, placeHref = opts.placeHref;
    const sources = e.sources || [];
    const summary = e.summary_source || sources[0] || null;
    const quote = h("q", {class: "summary mode-text-" + e.mode}, e.summary || "");
    const attribution = e.mode !== "asserted" ? h("span", {class: "muted"},
      " (" + Object.entries(e.modes || {}).map(([m, n]) => m + " in " + n).join(", ") + ")")
      : null;
    return h("article", {class: "entry", "data-event": e.event_id},
      h("div", {class: "entry-head"},
        h("time", {datetime: day(e.date), title: "dated by " + (e.dated_by || "?")},
          day(e.date)),
        typeBadge(e.type), modeBadge(e.mode),
        e.place ? h("a", {class: "place", href: placeHref(e.place)}, e.place) : null,
        h("span", {class: "sources-count",
          title: "Independent sources: copies and shared wire reports count once"},
          e.independent_sources + " independent of " + sources.length + " source" +
          (sources.length === 1 ? "" : "s"))),
      h("p", {}, summary ? h("a", {href: evidenceHref(summary.article_id, summary.start,
        summary.end), class: "evidence-link", title: "Show the source sentence"}, quote)
        : quote, attribution),
      (e.actors || []).length ? h("p", {class: "actors"}, "Actors: ",
        e.actors.map((a, i) => [i ? ", " : "", h("a", {href: actorHref(a)}, a)])) : null,
      h("details", {class: "sources"}, h("summary", {}, "Sources"),
        h("ul", {}, sources.map((src) => h("li", {},
          h("a", {href: evidenceHref(src.article_id, src.start, src.end)},
            (src.outlet || "unknown outlet") + ", " + (src.published || "undated")))))));
  }

  function empty(text) {
    return h("p", {class: "empty"}, text);
  }

  D.ui = {h, s, link, clear, marked, codePoints, modeBadge, typeBadge, day, number, entry,
    evidenceHref, safeUrl, empty, MODES};
})(window.Dateline = window.Dateline || {});
