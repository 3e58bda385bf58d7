#!/usr/bin/env bash
# Builds the gwdns distribution of the action's own checkout ($GITHUB_ACTION_PATH, the ref the
# workflow pins) and unpacks it to $RUNNER_TEMP/gwdns. Needs Java 17+ and Maven 3.8+ (both on
# GitHub's Ubuntu runners).
set -euo pipefail
src=${GITHUB_ACTION_PATH:?}
mvn -B -ntp -q -f "$src/pom.xml" -DskipTests -pl distribution -am package
version=$(sed -n 's/^  <version>\(.*\)<\/version>$/\1/p' "$src/pom.xml" | head -1)
dest=${RUNNER_TEMP:?}/gwdns
rm -rf "$dest"
mkdir -p "$dest"
tar -xzf "$src/distribution/target/gwdns-$version.tar.gz" -C "$dest"
echo "built gwdns $version from $src"
