#!/usr/bin/env bash
# Rebuild the web UI's vendored build output from the npm registry (node 20 + npm):
#   dateline/api/web/static/vendor/basemap.json  Natural Earth 1:50m country outlines
#   (world-atlas, TopoJSON), simplified with topojson-simplify and rounded to 1/20 degree.
# The output is committed, so installing or running dateline never needs node or npm.
# Knobs: BASEMAP_RESOLUTION (110m | 50m | 10m), BASEMAP_KEEP (share of points kept).
set -euo pipefail
cd "$(dirname "$0")/../web"
npm ci --no-audit --no-fund
npm run build
ls -l ../dateline/api/web/static/vendor/
