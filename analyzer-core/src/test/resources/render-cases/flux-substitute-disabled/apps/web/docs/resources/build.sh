#!/bin/sh
set -eu
OUT="${OUT_DIR:-/site}"
mkdocs build --site-dir "${OUT}"
