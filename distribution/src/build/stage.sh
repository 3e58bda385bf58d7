#!/bin/sh
# Lays out the distribution in STAGE: bin/, lib/gwdns.jar, LICENSE, README.md, and a dynamic
# class-data-sharing archive lib/gwdns.jsa recorded while checking the bundled samples, with
# lib/gwdns.jsa.jdk naming the Java build that made it and the path of the jar it was made with
# (bin/gwdns uses the archive only with that Java, and before Java 25 only at that path).
#
# The jar's modification time is set to the build's outputTimestamp before the archive is made:
# the assembly writes that time into the zip and tar.gz, and CDS refuses a jar whose time differs.
set -eu
stage=$1 jar=$2 root=$3 timestamp=$4 java_home=$5

rm -rf "$stage"
mkdir -p "$stage/bin" "$stage/lib"
cp "$root/distribution/src/bin/gwdns" "$root/distribution/src/bin/gwdns.cmd" "$stage/bin/"
chmod 755 "$stage/bin/gwdns"
cp "$root/LICENSE" "$root/README.md" "$stage/"
cp "$jar" "$stage/lib/gwdns.jar"
touch -d "$timestamp" "$stage/lib/gwdns.jar"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The samples outside the Git repository, as a user's files would be.
cp -R "$root/sarif-samples/samples" "$work/samples"
# One run that loads what a CI check loads: parsing, every rule, the text, SARIF, JSON and Markdown
# reports. Its findings do not matter (--fail-on none).
"$java_home/bin/java" -XX:ArchiveClassesAtExit="$stage/lib/gwdns.jsa" -Xlog:cds=off,cds+dynamic=off \
  -jar "$(cd "$stage" && pwd -P)/lib/gwdns.jar" check --fail-on none --format text -o "$work/r.txt" --format sarif -o "$work/r.sarif" \
  --format json -o "$work/r.json" --format markdown -o "$work/r.md" "$work/samples"
# The archive names the jar by the path it was made with: record it for the launcher.
{ grep -E '^(JAVA_RUNTIME_VERSION|IMPLEMENTOR|OS_ARCH)=' "$java_home/release" | sort; echo "INSTALL=$(cd "$stage" && pwd -P)"; } \
  > "$stage/lib/gwdns.jsa.jdk"
echo "staged $stage (CDS archive for $(grep JAVA_RUNTIME_VERSION "$stage/lib/gwdns.jsa.jdk"))"
