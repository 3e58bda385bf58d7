#!/usr/bin/env bash
# The gwdns action's check step (action.yml passes its inputs as INPUT_* variables): runs `gwdns
# check` on the paths, prints the report in the log, writes SARIF and the Markdown step summary,
# and sets the outputs findings, errors, warnings, notes and sarif-file. The step fails as gwdns
# does: 1 when a finding reaches fail-on, 2 on a usage or input error.
set -euo pipefail

dist=${INPUT_DISTRIBUTION:-}
if [ -z "$dist" ]; then
  dist=$(ls -d "${RUNNER_TEMP:?}"/gwdns/gwdns-*/ 2>/dev/null | head -1)
  [ -n "$dist" ] || { echo "::error::gwdns is not built: the build step did not run"; exit 2; }
elif [ -f "$dist" ]; then
  # A gwdns-VERSION.tar.gz: unpack it next to the runner's other temporary files.
  dest=${RUNNER_TEMP:-$(mktemp -d)}/gwdns-dist
  rm -rf "$dest"
  mkdir -p "$dest"
  tar -xzf "$dist" -C "$dest"
  dist=$(ls -d "$dest"/gwdns-*/ | head -1)
fi
gwdns=${dist%/}/bin/gwdns
[ -x "$gwdns" ] || { echo "::error::no bin/gwdns in $dist"; exit 2; }

read -r -a paths <<< "${INPUT_PATHS:-.}"
read -r -a extra <<< "${INPUT_ARGS:-}"
args=(check --fail-on "${INPUT_FAIL_ON:-error}" --sarif-category "${INPUT_SARIF_CATEGORY:-gwdns/}")
args+=(--format "${INPUT_FORMAT:-text}")
if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  args+=(--format sarif -o "$INPUT_SARIF_FILE")
fi
# Text to a file as well, for the counts of its last line.
counts=$(mktemp)
args+=(--format text -o "$counts")
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  args+=(--format markdown)   # with no -o, gwdns appends it to $GITHUB_STEP_SUMMARY
fi

set +e
NO_COLOR=1 "$gwdns" "${args[@]}" "${extra[@]}" "${paths[@]}"
status=$?
set -e

# "gwdns: 2 errors, 1 warning, 0 notes in 12 files (30 objects)"
summary=$(grep -E '^gwdns: [0-9]+ errors?, [0-9]+ warnings?, [0-9]+ notes?' "$counts" | tail -1 || true)
count() { sed -n "s/.* \([0-9][0-9]*\) $1s\{0,1\}[,]\{0,1\} .*/\1/p" <<< "$summary" | head -1; }
errors=$(count error); warnings=$(count warning); notes=$(count note)
rm -f "$counts"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    if [ -n "$summary" ]; then
      echo "findings=$((errors + warnings + notes))"
      echo "errors=$errors"
      echo "warnings=$warnings"
      echo "notes=$notes"
    fi
    if [ -n "${INPUT_SARIF_FILE:-}" ] && [ -f "$INPUT_SARIF_FILE" ]; then
      echo "sarif-file=$INPUT_SARIF_FILE"
    else
      echo "sarif-file="
    fi
  } >> "$GITHUB_OUTPUT"
fi
exit $status
