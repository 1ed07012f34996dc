// Build the offline base map of dateline's web UI and HTML report from Natural Earth country
// outlines (npm package world-atlas, TopoJSON): simplified, rounded, written as compact JSON.
// Output: {"source", "scale", "countries": [{"name", "rings": [[x0, y0, x1, y1, ...]]}]} where
// x = round(lon * scale), y = round(lat * scale). Run: npm ci && npm run build
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";

const require = createRequire(import.meta.url);
const RESOLUTION = process.env.BASEMAP_RESOLUTION || "50m";
const KEEP = Number(process.env.BASEMAP_KEEP || "0.08");  // share of points kept
const SCALE = 20;                                         // 1/20 degree (about 5 km)
const out = process.argv[2];
if (!out) throw new Error("usage: node build-basemap.mjs OUTPUT.json");

const path = require.resolve(`world-atlas/countries-${RESOLUTION}.json`);
let topo = presimplify(JSON.parse(readFileSync(path, "utf8")));
topo = simplify(topo, quantile(topo, KEEP));
const countries = [];
for (const f of feature(topo, topo.objects.countries).features) {
  const polys = f.geometry?.type === "Polygon" ? [f.geometry.coordinates]
    : f.geometry?.type === "MultiPolygon" ? f.geometry.coordinates : [];
  const rings = [];
  for (const poly of polys) {
    for (const ring of poly) {
      const flat = [];
      let px = null, py = null;
      for (const [lon, lat] of ring) {
        const x = Math.round(lon * SCALE), y = Math.round(lat * SCALE);
        if (x !== px || y !== py) flat.push(x, y);
        px = x; py = y;
      }
      if (flat.length >= 8) rings.push(flat);
    }
  }
  if (rings.length) countries.push({ name: f.properties?.name ?? "", rings });
}
countries.sort((a, b) => a.name.localeCompare(b.name));
const data = {
  source: `Natural Earth 1:${RESOLUTION.replace("m", "")} million country outlines (public domain) ` +
    `via world-atlas ${require("world-atlas/package.json").version} (ISC), ` +
    `simplified to ${Math.round(KEEP * 100)}% of points`,
  scale: SCALE,
  countries,
};
writeFileSync(out, JSON.stringify(data));
console.log(`${out}: ${countries.length} countries, ${JSON.stringify(data).length} bytes`);
