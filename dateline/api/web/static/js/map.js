// The map: Natural Earth country outlines bundled with the package (no tile server), places
// as circles sized by mentions; wheel zooms, dragging pans. Projection: equirectangular with
// longitudes scaled by the cosine of the places' middle latitude (true shapes near the story).
(function (D) {
  "use strict";
  const {h, s} = D.ui;
  const W = 900, H = 520;

  function bounds(places) {
    const lats = places.map((p) => p.lat), lons = places.map((p) => p.lon);
    if (!places.length) return [-170, -58, 190, 80];
    let [w, e, so, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    const padLon = Math.max(2, (e - w) * 0.25), padLat = Math.max(1.5, (n - so) * 0.25);
    return [w - padLon, so - padLat, e + padLon, n + padLat];
  }

  function map(basemap, places, opts) {
    const box = bounds(places);
    const k = Math.cos(((box[1] + box[3]) / 2) * Math.PI / 180);
    const px = (lon) => lon * k, py = (lat) => -lat;
    // view box in projected units, fitted to the places with the screen's aspect
    let vw = (box[2] - box[0]) * k, vh = box[3] - box[1];
    if (vw / vh > W / H) vh = vw * H / W; else vw = vh * W / H;
    let view = [px((box[0] + box[2]) / 2) - vw / 2, py((box[1] + box[3]) / 2) - vh / 2, vw, vh];
    const land = s("g", {class: "land"});
    const scale = basemap ? basemap.scale : 1;
    for (const country of (basemap ? basemap.countries : [])) {
      const d = country.rings.map((ring) => {
        let out = "";
        for (let i = 0; i < ring.length; i += 2) {
          out += (i ? "L" : "M") + (px(ring[i] / scale)).toFixed(3) + " " +
            py(ring[i + 1] / scale).toFixed(3);
        }
        return out + "Z";
      }).join("");
      land.append(s("path", {d, class: "country", "vector-effect": "non-scaling-stroke"},
        s("title", {}, country.name)));
    }
    const dots = s("g", {class: "places"});
    const svg = s("svg", {viewBox: view.join(" "), class: "map", role: "img",
      preserveAspectRatio: "xMidYMid meet"},
    s("title", {}, "Map of the places named in the articles"), land, dots);
    const peak = Math.max(1, ...places.map((p) => p.mentions || 1));
    const ranked = places.slice().sort((a, b) => (b.mentions || 0) - (a.mentions || 0));

    // the biggest places get labels first; a label that would overlap one already placed is
    // left out (at this zoom: zooming in makes room for more)
    function labelled(unit) {
      const boxes = [], out = new Set();
      for (const p of ranked) {
        if (out.size >= (opts.labels || 10)) break;
        const x = px(p.lon) / unit, y = py(p.lat) / unit;
        const box = [x, y - 12, x + 14 + 7 * p.name.length, y + 4];
        if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) {
          continue;
        }
        boxes.push(box);
        out.add(p.name);
      }
      return out;
    }

    function drawPlaces() {
      while (dots.firstChild) dots.removeChild(dots.firstChild);
      const unit = view[2] / W;  // projected units per screen pixel
      const named = labelled(unit);
      for (const p of places) {
        const r = (3 + 9 * Math.sqrt((p.mentions || 1) / peak)) * unit;
        const cls = "place-dot" + ((p.events || 0) > 0 ? " has-events" : "") +
          (p.kind ? " kind-" + p.kind : "");
        const g = s("g", {class: "place", tabindex: 0, role: "button", "data-place": p.name,
          on: {click: () => opts.onPlace(p),
            keydown: (ev) => { if (ev.key === "Enter") opts.onPlace(p); }}},
        s("circle", {cx: px(p.lon), cy: py(p.lat), r, class: cls},
          s("title", {}, p.name + " — " + (p.mentions || 0) + " mentions" +
            (p.events ? ", " + p.events + " events" : "") + " (" + (p.precision || "?") + ")")));
        if (named.has(p.name)) {
          g.append(s("text", {x: px(p.lon) + r * 1.2, y: py(p.lat) + 4 * unit,
            class: "place-label", "font-size": 12 * unit}, p.name));
        }
        dots.append(g);
      }
    }

    function setView(next) {
      view = next;
      svg.setAttribute("viewBox", view.join(" "));
      drawPlaces();
    }

    svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const rect = svg.getBoundingClientRect();
      const f = ev.deltaY > 0 ? 1.25 : 0.8;
      const ax = (ev.clientX - rect.left) / rect.width, ay = (ev.clientY - rect.top) / rect.height;
      const nw = view[2] * f, nh = view[3] * f;
      setView([view[0] + (view[2] - nw) * ax, view[1] + (view[3] - nh) * ay, nw, nh]);
    }, {passive: false});
    let drag = null;
    svg.addEventListener("pointerdown", (ev) => {
      if (ev.target.closest && ev.target.closest(".place")) return;
      drag = {x: ev.clientX, y: ev.clientY, view: view.slice()};
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      const rect = svg.getBoundingClientRect();
      const f = drag.view[2] / rect.width;
      setView([drag.view[0] - (ev.clientX - drag.x) * f, drag.view[1] - (ev.clientY - drag.y) * f,
        drag.view[2], drag.view[3]]);
    });
    svg.addEventListener("pointerup", () => { drag = null; });
    const zoomBy = (f) => setView([view[0] + view[2] * (1 - f) / 2, view[1] + view[3] * (1 - f) / 2,
      view[2] * f, view[3] * f]);
    drawPlaces();
    return h("div", {class: "map-box"}, svg,
      h("div", {class: "map-controls"},
        h("button", {type: "button", title: "Zoom in", on: {click: () => zoomBy(0.8)}}, "+"),
        h("button", {type: "button", title: "Zoom out", on: {click: () => zoomBy(1.25)}}, "−"),
        h("span", {class: "muted attribution"}, basemap ? basemap.source : "no base map")));
  }

  D.map = map;
})(window.Dateline = window.Dateline || {});
