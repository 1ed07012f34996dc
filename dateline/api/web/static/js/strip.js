// The zoomable timeline strip: entries per day, stacked by mode. Wheel or +/- zooms, dragging
// pans, "fit" shows everything; the visible range is handed to `onRange(from, to)`.
(function (D) {
  "use strict";
  const {h, s} = D.ui;
  const {dayMs, DAY} = D.charts;
  const W = 900, H = 96, AXIS = 18;
  const ORDER = ["asserted", "claimed", "disputed", "denied", "planned", "hypothetical"];

  function iso(t) {
    return new Date(t).toISOString().slice(0, 10);
  }

  function strip(days, onRange, initial) {
    const data = days.map((d) => ({t: dayMs(d.day), ...d})).filter((d) => d.t !== null);
    const all = data.length ? [data[0].t - DAY, data[data.length - 1].t + 2 * DAY]
      : [Date.now() - 7 * DAY, Date.now()];
    let view = initial && initial[0] !== null ? initial.slice() : all.slice();
    const peak = Math.max(1, ...data.map((d) => d.entries));
    const bars = s("g", {class: "bars"});
    const axis = s("g", {class: "axis-labels"});
    const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, class: "strip", role: "img",
      tabindex: 0}, s("title", {}, "Timeline entries per day; scroll to zoom, drag to pan"),
    bars, axis);
    const label = h("span", {class: "range-label", "aria-live": "polite"});
    let timer = null;

    function draw() {
      while (bars.firstChild) bars.removeChild(bars.firstChild);
      while (axis.firstChild) axis.removeChild(axis.firstChild);
      const span = view[1] - view[0];
      const x = (t) => (t - view[0]) / span * W;
      const width = Math.max(1, DAY / span * W - 1);
      for (const d of data) {
        if (d.t + DAY < view[0] || d.t > view[1]) continue;
        let y = H - AXIS;
        for (const mode of ORDER) {
          const n = (d.modes || {})[mode] || 0;
          if (!n) continue;
          const height = n / peak * (H - AXIS - 6);
          y -= height;
          bars.append(s("rect", {x: x(d.t), y, width, height, class: "bar mode-fill-" + mode},
            s("title", {}, d.day + ": " + n + " " + mode)));
        }
      }
      const days = span / DAY;
      const step = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730].find((n) => days / n <= 8) || 1461;
      const first = Math.ceil(view[0] / (step * DAY)) * step * DAY;
      for (let t = first; t <= view[1]; t += step * DAY) {
        if (x(t) < 36 || x(t) > W - 36) continue;  // a label cut by the edge helps nobody
        axis.append(s("line", {x1: x(t), x2: x(t), y1: H - AXIS, y2: H - AXIS + 4,
          class: "axis"}), s("text", {x: x(t), y: H - 3, class: "tick",
          "text-anchor": "middle"}, step >= 365 ? iso(t).slice(0, 4)
          : step >= 30 ? iso(t).slice(0, 7) : iso(t)));
      }
      label.textContent = iso(view[0]) + " – " + iso(view[1] - DAY);
    }

    function changed() {
      draw();
      clearTimeout(timer);
      timer = setTimeout(() => onRange(iso(view[0]), iso(view[1] - DAY)), 120);
    }

    function zoom(factor, at) {
      const span = view[1] - view[0];
      const next = Math.min(Math.max(span * factor, 2 * DAY), (all[1] - all[0]) * 4);
      const pivot = view[0] + span * at;
      view = [pivot - next * at, pivot - next * at + next];
      changed();
    }

    svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const box = svg.getBoundingClientRect();
      zoom(ev.deltaY > 0 ? 1.25 : 0.8, (ev.clientX - box.left) / box.width);
    }, {passive: false});
    let dragFrom = null;
    svg.addEventListener("pointerdown", (ev) => {
      dragFrom = {x: ev.clientX, view: view.slice()};
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", (ev) => {
      if (!dragFrom) return;
      const box = svg.getBoundingClientRect();
      const shift = (ev.clientX - dragFrom.x) / box.width * (dragFrom.view[1] - dragFrom.view[0]);
      view = [dragFrom.view[0] - shift, dragFrom.view[1] - shift];
      draw();
    });
    svg.addEventListener("pointerup", () => {
      if (dragFrom && dragFrom.view[0] !== view[0]) changed();
      dragFrom = null;
    });
    svg.addEventListener("keydown", (ev) => {
      if (ev.key === "+" || ev.key === "=") zoom(0.8, 0.5);
      if (ev.key === "-") zoom(1.25, 0.5);
    });
    const button = (text, title, fn) => h("button", {type: "button", title, on: {click: fn}},
      text);
    draw();
    return h("div", {class: "strip-box"}, svg,
      h("div", {class: "strip-controls"},
        button("−", "Zoom out", () => zoom(1.25, 0.5)),
        button("+", "Zoom in", () => zoom(0.8, 0.5)),
        button("fit", "Show every day", () => { view = all.slice(); changed(); }),
        label));
  }

  D.strip = strip;
})(window.Dateline = window.Dateline || {});
