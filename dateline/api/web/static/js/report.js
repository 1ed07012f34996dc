// The self-contained HTML report: everything comes from the JSON block embedded in the file
// (read with JSON.parse, rendered through the DOM helpers of ui.js; nothing is fetched).
(function (D) {
  "use strict";
  const {h, clear, entry, day, empty} = D.ui;
  const PAGE = 200;

  function embedded(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  const data = embedded("dateline-data");
  const basemap = embedded("dateline-basemap");
  const filter = {actor: null, place: null, from: null, to: null};
  const LINKS = {actorHref: (name) => "#/actor/" + encodeURIComponent(name),
    placeHref: (name) => "#/place/" + encodeURIComponent(name)};
  let timelineBox = null;

  function matches(e) {
    if (filter.actor && !(e.actors || []).includes(filter.actor)) return false;
    if (filter.place && e.place !== filter.place) return false;
    const d = day(e.date);
    if (filter.from && (d === "undated" || d < filter.from)) return false;
    return !(filter.to && d !== "undated" && d > filter.to);
  }

  function renderEntries() {
    const list = clear(timelineBox);
    const chosen = data.timeline.filter(matches);
    const note = [filter.actor && "actor " + filter.actor, filter.place && "place " + filter.place]
      .filter(Boolean).join(", ");
    list.append(h("p", {class: "muted"}, chosen.length + " of " + data.timeline.length +
      " entries" + (note ? " (" + note + ") " : " "),
    note ? h("a", {href: "#/all"}, "show all") : null));
    let shown = 0;
    const more = h("button", {type: "button", class: "more"}, "more");
    const page = () => {
      chosen.slice(shown, shown + PAGE).forEach((e) => list.insertBefore(entry(e, LINKS), more));
      shown += PAGE;
      more.hidden = shown >= chosen.length;
    };
    more.addEventListener("click", page);
    list.append(more);
    if (!chosen.length) list.insertBefore(empty("No timeline entries match."), more);
    page();
  }

  function actorsTable() {
    return h("table", {class: "actors"}, h("thead", {}, h("tr", {},
      ["actor", "type", "mentions", "roles", "events", "places"].map((c) => h("th", {}, c)))),
    h("tbody", {}, data.actors.map((a) => h("tr", {},
      h("td", {}, h("a", {href: LINKS.actorHref(a.name)}, a.name)), h("td", {}, a.type),
      h("td", {}, String(a.mentions)), h("td", {}, (a.roles || []).join("; ")),
      h("td", {}, String(a.events)), h("td", {}, (a.places || []).join(", "))))));
  }

  function header() {
    const f = data.filters || {};
    const scope = [f.from && "from " + f.from, f.to && "to " + f.to, f.story && "story " + f.story]
      .filter(Boolean).join(", ");
    return h("section", {class: "report-section"},
      h("p", {class: "muted"}, "Generated " + data.generated + " by dateline " + data.version +
        (scope ? " (" + scope + ")" : "") + ", citing " + data.counts.articles + " articles: " +
        data.counts.entries + " timeline entries, " + data.counts.series + " figure series, " +
        data.counts.places + " places."),
      h("p", {class: "muted"}, "Each quoted statement links to the sentence it comes from. " +
        "Badges say how sources report an event: claimed, denied and disputed events are " +
        "reports, not established facts. Independent sources count copies and shared wire " +
        "reports once."),
      data.truncated ? h("p", {class: "warning"}, "Only the first " + data.timeline.length +
        " timeline entries are included; narrow the report with --from/--to/--story.") : null);
  }

  function build() {
    const main = document.getElementById("main");
    timelineBox = h("div", {class: "entries"});
    const strip = D.strip(data.days, (from, to) => {
      filter.from = from;
      filter.to = to;
      renderEntries();
    });
    const onPlace = (p) => { location.hash = LINKS.placeHref(p.name); };
    clear(main).append(header(),
      h("section", {class: "report-section", id: "timeline"}, h("h2", {}, "Timeline"), strip,
        timelineBox),
      h("section", {class: "report-section", id: "figures"}, h("h2", {}, "Figures"),
        data.series.length ? data.series.map((s) => D.charts.seriesCard(s, (hash) => {
          location.hash = hash;
        })) : empty("No figures reported.")),
      h("section", {class: "report-section", id: "map"}, h("h2", {}, "Places and actors"),
        data.places.length ? D.map(basemap, data.places, {onPlace, labels: 10})
          : empty("No place with coordinates."),
        data.actors.length ? actorsTable() : empty("No actors.")),
      overlay);
    renderEntries();
  }

  const overlayBody = h("div", {});
  let back = "#/timeline";  // where closing the evidence returns to
  const close = () => { location.hash = back; };
  const overlay = h("div", {class: "overlay", role: "dialog", "aria-label": "Evidence"},
    h("div", {class: "evidence-box"}, h("button", {type: "button", class: "close",
      on: {click: close}}, "close"), overlayBody));
  overlay.hidden = true;
  overlay.addEventListener("click", (ev) => { if (ev.target === overlay) close(); });

  function route() {
    const parts = location.hash.replace(/^#\/?/, "").split("/").map((p) => {
      try { return decodeURIComponent(p); } catch (e) { return p; }
    });
    overlay.hidden = true;
    if (parts[0] !== "evidence") back = location.hash || "#/timeline";
    if (parts[0] === "evidence") {
      const article = data.articles[parts[1]];
      clear(overlayBody).append(article ? D.evidence.evidence(article,
        parts[2] !== undefined ? Number(parts[2]) : null,
        parts[3] !== undefined ? Number(parts[3]) : null)
        : h("p", {class: "error"}, "This article is not included in the report."));
      overlay.hidden = false;
      D.evidence.reveal();
      return;
    }
    if (parts[0] === "actor" || parts[0] === "place" || parts[0] === "all") {
      const actor = parts[0] === "actor" ? parts[1] : null;
      const place = parts[0] === "place" ? parts[1] : null;
      if (actor === filter.actor && place === filter.place) return;  // back from evidence
      filter.actor = actor;
      filter.place = place;
      renderEntries();
      document.getElementById("timeline").scrollIntoView();
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    build();
    window.addEventListener("hashchange", route);
    document.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && !overlay.hidden) close();
    });
    if (location.hash) route();
  });
})(window.Dateline = window.Dateline || {});
