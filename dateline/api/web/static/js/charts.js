// Figure series charts (hand-written SVG): each point is a reported figure with its range;
// points that disagree (same thing, same day, values that cannot both be right) are ringed red
// and their day is banded. Nothing is averaged or joined into a trend line.
(function (D) {
  "use strict";
  const {h, s, evidenceHref, number, day} = D.ui;
  const W = 640, H = 230, M = {top: 14, right: 18, bottom: 34, left: 64};
  const DAY = 86400000;

  function dayMs(value) {
    const t = Date.parse(String(value || "").slice(0, 10) + "T00:00:00Z");
    return Number.isNaN(t) ? null : t;
  }

  function niceTicks(max, count) {
    if (max <= 0) return [0, 1];
    const raw = max / count;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((v) => v >= raw);
    const ticks = [];
    for (let v = 0; v <= max + step / 2; v += step) ticks.push(v);
    return ticks;
  }

  function short(value) {
    const abs = Math.abs(value);
    if (abs >= 1e6) return (value / 1e6).toLocaleString("en-GB", {maximumFractionDigits: 1}) + "M";
    if (abs >= 1e4) return (value / 1e3).toLocaleString("en-GB", {maximumFractionDigits: 1}) + "k";
    return number(value);
  }

  function describe(p) {
    return p.text + " " + (p.what || "") + " — as of " + (p.as_of || "?") + " — " +
      (p.outlet || "unknown outlet") + (p.claimant ? ", according to " + p.claimant : "") +
      (p.projected ? " (projected)" : "") + (p.verified === false ? " (unverified)" : "");
  }

  function seriesChart(series, go) {
    const points = series.points.filter((p) => dayMs(p.as_of) !== null);
    const disputed = new Map();
    series.disagreements.forEach((g, gi) => g.points.forEach((i) => disputed.set(i, gi)));
    const times = points.map((p) => dayMs(p.as_of));
    let t0 = Math.min(...times), t1 = Math.max(...times);
    if (!points.length) { t0 = 0; t1 = DAY; }
    if (t1 - t0 < 2 * DAY) { t0 -= DAY; t1 += DAY; }
    const top = Math.max(1, ...points.map((p) => Math.max(p.value, p.max || 0))) * 1.08;
    const x = (t) => M.left + (t - t0) / (t1 - t0) * (W - M.left - M.right);
    const y = (v) => H - M.bottom - v / top * (H - M.top - M.bottom);
    const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img"},
      s("title", {}, "Reported figures: " + series.what));
    for (const tick of niceTicks(top, 4)) {
      if (tick > top) continue;
      svg.append(s("line", {x1: M.left, x2: W - M.right, y1: y(tick), y2: y(tick),
        class: "grid"}), s("text", {x: M.left - 6, y: y(tick) + 4, class: "tick",
        "text-anchor": "end"}, short(tick)));
    }
    const days = Math.round((t1 - t0) / DAY);
    const every = Math.max(1, Math.ceil(days / 6));
    for (let t = t0; t <= t1; t += every * DAY) {
      svg.append(s("text", {x: x(t), y: H - M.bottom + 18, class: "tick",
        "text-anchor": "middle"}, new Date(t).toISOString().slice(5, 10)));
    }
    series.disagreements.forEach((g) => {
      const t = dayMs(g.as_of);
      if (t === null) return;
      svg.append(s("rect", {x: x(t) - 9, y: M.top, width: 18, height: H - M.top - M.bottom,
        class: "disagreement-band"}, s("title", {}, "Sources disagree about " + day(g.as_of))));
    });
    points.forEach((p) => {
      const i = series.points.indexOf(p);
      const cx = x(dayMs(p.as_of)), cy = y(p.value);
      const low = p.min !== null ? p.min : p.value, high = p.max !== null ? p.max : null;
      if (high !== null || low !== p.value) {
        svg.append(s("line", {x1: cx, x2: cx, y1: y(low), y2: y(high !== null ? high : low),
          class: "range"}));
      }
      if (p.min !== null && p.max === null) {
        svg.append(s("path", {d: `M${cx - 4} ${cy - 8} L${cx} ${cy - 14} L${cx + 4} ${cy - 8}`,
          class: "range"}, s("title", {}, "at least")));
      }
      const cls = ["point", p.approx ? "approx" : "", p.projected ? "projected" : "",
        disputed.has(i) ? "disputed" : ""].join(" ");
      const dot = s("circle", {cx, cy, r: 5, class: cls, tabindex: 0, role: "link",
        "data-point": i,
        on: {click: () => go(evidenceHref(p.article_id, p.start, p.end)),
          keydown: (ev) => { if (ev.key === "Enter") go(evidenceHref(p.article_id, p.start, p.end)); }}},
      s("title", {}, describe(p) + (disputed.has(i) ? " — disagrees with another report" : "")));
      svg.append(dot);
    });
    svg.append(s("line", {x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom,
      class: "axis"}));
    return svg;
  }

  function pointTable(series) {
    const disputed = new Set(series.disagreements.flatMap((g) => g.points));
    return h("table", {class: "points"},
      h("thead", {}, h("tr", {}, ["as of", "figure", "claimant", "source", ""].map((c) =>
        h("th", {}, c)))),
      h("tbody", {}, series.points.map((p, i) => h("tr", {class: disputed.has(i) ? "disputed" : ""},
        h("td", {}, day(p.as_of)),
        h("td", {}, p.text + (p.what ? " " + p.what : "") +
          (p.projected ? " (projected)" : "") +
          (p.verified === false ? " (unverified)" : "")),
        h("td", {}, p.claimant || "—"),
        h("td", {}, (p.outlet || "unknown outlet") + ", " + day(p.published)),
        h("td", {}, h("a", {href: evidenceHref(p.article_id, p.start, p.end)}, "evidence"), " ",
          disputed.has(i) ? h("span", {class: "badge mode mode-disputed",
            title: "Another source gives a value for the same day that cannot also be right"},
          "disagrees") : null)))));
  }

  function seriesCard(series, go) {
    const n = series.disagreements.length;
    return h("section", {class: "card series", "data-series": series.series_id},
      h("h3", {}, series.what, " ", h("span", {class: "muted"},
        series.points.length + " report" + (series.points.length === 1 ? "" : "s")),
      n ? h("span", {class: "badge mode mode-disputed"}, n + " disagreement" +
        (n === 1 ? "" : "s")) : null),
      seriesChart(series, go), pointTable(series));
  }

  D.charts = {seriesCard, seriesChart, dayMs, DAY};
})(window.Dateline = window.Dateline || {});
