// The web app's views: each takes the route's args and params and returns an element.
(function (D) {
  "use strict";
  const {h, entry, day, evidenceHref, marked, modeBadge} = D.ui;
  const {api, go, hashFor, filterForm, filterValues, pagedList} = D.app;
  const LINKS = {actorHref: (name) => "#/actor/" + encodeURIComponent(name),
    placeHref: (name) => hashFor("timeline", {place: name})};
  let basemap = null;

  function filtersOf(params) {
    const values = filterValues(params);
    return {q: values.q, from: values.from, to: values.to, place: values.place,
      actor: values.actor, type: values.type, mode: values.mode};
  }

  async function timeline(args, params) {
    const filters = filtersOf(params);
    const page = (from, to, offset) => api("/api/timeline", {...filters, from, to, offset,
      limit: 50});
    let first = page(filters.from, filters.to, 0);  // asked for beside the day counts
    first.catch(() => null);  // its failure is shown by the list that awaits it
    const days = await api("/api/timeline/days", {...filters, from: "", to: ""});
    const list = h("div", {class: "entries"});
    const show = (from, to) => {
      while (list.firstChild) list.removeChild(list.firstChild);
      list.append(pagedList((offset) => page(from, to, offset), (e) => entry(e, LINKS),
        "No timeline entries here. Zoom out, clear the filters, or ingest articles.", first));
      first = null;
    };
    const strip = D.strip(days.items, (from, to) => show(from, to),
      [filters.from ? D.charts.dayMs(filters.from) : null,
        filters.to ? D.charts.dayMs(filters.to) + D.charts.DAY : null]);
    show(filters.from, filters.to);
    return h("div", {}, h("h2", {}, "Timeline"), filterForm("timeline", params), strip, list);
  }

  async function map(args, params) {
    const filters = filtersOf(params);
    if (!basemap) basemap = await fetch("/static/vendor/basemap.json").then((r) => r.json());
    const places = await api("/api/places", {...filters, place: "", limit: 300});
    const panel = h("div", {class: "place-panel"}, h("p", {class: "muted"},
      "Select a place to list its events."));
    const onPlace = (p) => {
      while (panel.firstChild) panel.removeChild(panel.firstChild);
      panel.append(h("h3", {}, p.name), h("p", {class: "muted"}, p.mentions + " mentions in " +
        p.articles + " articles · " + (p.precision || "?")),
      pagedList((offset) => api("/api/timeline", {...filters, place: p.name, offset, limit: 20}),
        (e) => entry(e, LINKS), "No timeline event is placed here."));
    };
    return h("div", {}, h("h2", {}, "Map"),
      filterForm("map", params, ["q", "from", "to", "actor", "type", "mode"]),
      h("div", {class: "map-layout"}, D.map(basemap, places.items, {onPlace, labels: 12}), panel));
  }

  async function entities(args, params) {
    const values = filterValues(params);
    return h("div", {}, h("h2", {}, "Entities"),
      filterForm("entities", params, ["q", "from", "to", "place"]),
      pagedList((offset) => api("/api/entities", {q: values.q, from: values.from,
        to: values.to, place: values.place, offset, limit: 50}),
      (e) => h("p", {class: "entity-row"}, h("a", {href: "#/entity/" +
        encodeURIComponent(e.entity_id)}, e.canonical), " ", h("span", {class: "badge"}, e.type),
      " ", h("span", {class: "muted"}, e.mentions + " mentions")), "No entities."));
  }

  async function actor(args) {
    const name = args[0] || "";
    const found = await api("/api/entities", {q: name, limit: 20});
    const exact = found.items.find((e) => e.canonical === name);
    if (exact) return entity([exact.entity_id]);
    return h("div", {}, h("h2", {}, name), h("p", {}, "Entities whose name contains this:"),
      found.items.map((e) => h("p", {}, h("a", {href: "#/entity/" +
        encodeURIComponent(e.entity_id)}, e.canonical))));
  }

  async function entity(args) {
    const page = (await api("/api/entities/" + encodeURIComponent(args[0] || ""),
      {limit: 50})).item;
    const e = page.entity;
    const mention = (m) => {
      const before = m.start - m.context_start;
      return h("li", {}, h("a", {href: evidenceHref(m.article_id, m.start, m.end)},
        day(m.published) + " · " + (m.outlet || "unknown outlet")), m.role ? " — " + m.role : "",
      h("div", {class: "context"}, "…", marked(m.context, [[before, before + (m.end - m.start)]]),
        "…"));
    };
    return h("div", {class: "entity-page"}, h("h2", {}, e.canonical, " ",
      h("span", {class: "badge"}, e.type)),
    h("p", {class: "muted"}, e.mentions + " mentions in " + page.articles + " articles"),
    page.roles.length ? h("p", {}, "Roles: ", page.roles.map((r, i) =>
      [i ? "; " : "", r.role + " (" + r.mentions + ")"])) : null,
    h("h3", {}, "Events"), page.events.length ? page.events.map((x) => entry(x, LINKS))
      : D.ui.empty("No timeline event names this entity."),
    h("h3", {}, "Quotes"), page.quotes.length ? h("ul", {}, page.quotes.map((q) => h("li", {},
      h("q", {}, q.text), " ", h("a", {href: evidenceHref(q.article_id, q.start, q.end)},
        day(q.published))))) : D.ui.empty("No quotes."),
    h("h3", {}, "Mentions"), h("ul", {class: "mentions"}, page.mentions.map(mention)));
  }

  async function figures(args, params) {
    const filters = filtersOf(params);
    return h("div", {}, h("h2", {}, "Figures"),
      filterForm("figures", params, ["q", "from", "to", "actor", "place"]),
      pagedList((offset) => api("/api/figures", {...filters, offset, limit: 6}),
        (series) => D.charts.seriesCard(series, go), "No figures reported."));
  }

  async function quotes(args, params) {
    const filters = filtersOf(params);
    return h("div", {}, h("h2", {}, "Quotes"),
      filterForm("quotes", params, ["q", "from", "to", "actor", "place"]),
      pagedList((offset) => api("/api/quotes", {...filters, offset, limit: 50}),
        (q) => h("blockquote", {class: "quote"}, h("q", {}, q.text), h("footer", {},
          q.speaker || "unknown speaker", " · ", h("a", {href: evidenceHref(q.article_id,
            q.start, q.end)}, day(q.published)))), "No quotes."));
  }

  function articleHit(a) {
    return h("div", {class: "hit"}, h("a", {href: evidenceHref(a.id)},
      a.title || "(untitled article)"), " ", h("span", {class: "muted"},
      (a.outlet || "unknown outlet") + " · " + day(a.published)),
    a.snippet ? h("p", {class: "snippet"}, marked(a.snippet, a.snippet_marks)) : null);
  }

  async function search(args, params) {
    const filters = filtersOf(params);
    const body = filters.q ? pagedList((offset) => api("/api/search", {...filters, offset,
      limit: 30}), (hit) => hit.kind === "event" ? entry(hit, LINKS) : articleHit(hit),
    "Nothing matches every word with these filters.")
      : D.ui.empty("Type words to find events and articles.");
    return h("div", {}, h("h2", {}, "Search"), filterForm("search", params), body);
  }

  async function articles(args, params) {
    const filters = filtersOf(params);
    return h("div", {}, h("h2", {}, "Articles"), filterForm("articles", params),
      pagedList((offset) => api("/api/articles", {...filters, offset, limit: 50}), articleHit,
        "No articles."));
  }

  async function evidence(args) {
    const article = (await api("/api/articles/" + encodeURIComponent(args[0] || ""))).item;
    const start = args[1] !== undefined ? Number(args[1]) : null;
    const end = args[2] !== undefined ? Number(args[2]) : null;
    return D.evidence.evidence(article, start, end);
  }

  async function event(args) {
    const e = (await api("/api/events/" + encodeURIComponent(args[0] || ""))).item;
    return h("div", {}, h("h2", {}, "Event ", modeBadge(e.mode)), entry(e, LINKS));
  }

  D.views = {timeline, map, entities, actor, entity, figures, quotes, search, articles,
    evidence, event};
})(window.Dateline = window.Dateline || {});
