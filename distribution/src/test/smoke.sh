#!/bin/sh
# Unpacks gwdns-VERSION.tar.gz and .zip as a user would and runs the launcher from each:
# `gwdns --version`, a check that finds problems (exit 1) and one that passes (exit 0). Then the
# CDS archives: the bundled one where it was made, the one recorded on a first run elsewhere
# (-Xshare:on fails when an archive cannot be used), through a symlink (an install into a PATH
# directory), and with another Java build, to which no archive of this one is offered.
set -eu
target=$1 name=$2 version=$3 samples=$4 java_home=$5
work="$target/smoke"
rm -rf "$work"
mkdir -p "$work/tar" "$work/zip" "$work/bin"
tar -xzf "$target/$name.tar.gz" -C "$work/tar"
(cd "$work/zip" && unzip -q "$target/$name.zip")
# The samples outside any Git repository, as a user's files would be.
cp -R "$samples" "$work/samples"
samples="$work/samples"

fail() { echo "smoke test failed: $*" >&2; exit 1; }

expect() { # expected exit code, then the command
  want=$1; shift
  set +e
  "$@" > "$work/out" 2> "$work/err"
  got=$?
  set -e
  [ "$got" = "$want" ] || { cat "$work/out" "$work/err" >&2; fail "$* exited $got, expected $want"; }
}

# The plain runs have CDS off; the archives are checked below.
export GWDNS_CDS=off
for home in "$work/tar/$name" "$work/zip/$name"; do
  [ -x "$home/bin/gwdns" ] || fail "$home/bin/gwdns is not executable"
  [ -f "$home/bin/gwdns.cmd" ] && [ -f "$home/lib/gwdns.jar" ] && [ -f "$home/LICENSE" ] || fail "$home is incomplete"
  JAVA_HOME=$java_home expect 0 "$home/bin/gwdns" --version
  [ "$(cat "$work/out")" = "gwdns $version" ] || fail "--version printed: $(cat "$work/out")"
  JAVA_HOME=$java_home expect 1 "$home/bin/gwdns" check "$samples/attachment"
  grep -q 'error *\[section-not-found\]' "$work/out" || fail "the check of samples/attachment reported no error"
  JAVA_HOME=$java_home expect 0 "$home/bin/gwdns" check "$samples/clean"
done

unset GWDNS_CDS
home="$work/tar/$name"
[ -f "$home/lib/gwdns.jsa" ] || fail "no CDS archive in the distribution"
stage="$target/stage/$name"

# The archive made at build time, where it was made (-Xshare:on makes the JVM exit when it cannot
# map the archive).
JAVA_HOME=$java_home GWDNS_CDS_DIR="$work/none" GWDNS_JAVA_OPTS=-Xshare:on expect 0 "$stage/bin/gwdns" --version
[ ! -d "$work/none" ] || fail "the launcher made an archive although the bundled one fits"

# Elsewhere, with a Java that does not relocate archives: the first run records one, the next use it.
cds="$work/cds"
JAVA_HOME=$java_home GWDNS_CDS_DIR=$cds expect 0 "$home/bin/gwdns" --version
[ "$(cat "$work/out")" = "gwdns $version" ] || fail "the recording run printed: $(cat "$work/out")"
[ "$(ls "$cds" | grep -c '\.jsa$')" = 1 ] || fail "the first run recorded no archive in $cds: $(ls "$cds")"
JAVA_HOME=$java_home GWDNS_CDS_DIR=$cds GWDNS_JAVA_OPTS=-Xshare:on expect 1 "$home/bin/gwdns" check "$samples/attachment"
JAVA_HOME=$java_home GWDNS_CDS_DIR=$cds GWDNS_JAVA_OPTS=-Xlog:cds expect 0 "$home/bin/gwdns" --version
grep -q "Opened archive $cds/gwdns-[0-9]*\.jsa" "$work/out" || fail "the launcher did not use the recorded archive"

# Through a symlink, with the Java found on PATH: the same installation, so the same archive.
ln -s "$home/bin/gwdns" "$work/bin/gwdns"
PATH="$work/bin:$java_home/bin:$PATH" JAVA_HOME= GWDNS_CDS_DIR=$cds GWDNS_JAVA_OPTS=-Xshare:on expect 0 gwdns --version
[ "$(ls "$cds" | grep -c '\.jsa$')" = 1 ] || fail "the symlinked launcher recorded another archive"

# Another Java build (its release file differs): neither archive is offered to it, and CDS says
# nothing on standard output.
fake="$work/other-java"
mkdir -p "$fake/bin"
ln -s "$java_home/bin/java" "$fake/bin/java"
sed 's/^JAVA_RUNTIME_VERSION=.*/JAVA_RUNTIME_VERSION="0.0.0+0"/' "$java_home/release" > "$fake/release"
JAVA_HOME=$fake GWDNS_CDS_DIR="$work/cds-other" expect 0 "$home/bin/gwdns" --version
[ "$(cat "$work/out")" = "gwdns $version" ] || fail "another Java printed: $(cat "$work/out")"
[ "$(ls "$work/cds-other" | grep -c '\.jsa$')" = 1 ] || fail "no archive recorded for another Java build"
JAVA_HOME=$fake GWDNS_CDS=off GWDNS_JAVA_OPTS=-Xlog:cds expect 0 "$home/bin/gwdns" --version
if grep -q "gwdns.*\.jsa" "$work/out" "$work/err"; then fail "GWDNS_CDS=off still used an archive"; fi
echo "smoke test passed: $name.tar.gz and $name.zip"
