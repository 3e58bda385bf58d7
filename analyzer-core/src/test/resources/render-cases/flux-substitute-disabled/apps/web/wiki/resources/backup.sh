#!/bin/sh
set -eu
tar -czf "/backup/wiki-$(date +%F).tgz" -C "${DATA_DIR:-/data}" .
