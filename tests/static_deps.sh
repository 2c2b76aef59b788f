#!/usr/bin/env bash
# The release preset links the dyad executable with the static archives of
# its libraries (DYAD_STATIC_DEPS, cmake/static_deps.cmake). Run by CTest:
#   static_deps.sh DYAD_BINARY READELF NAME...
# Checks that no NAME (an archive libNAME.a linked in) is still a shared
# library dyad needs at run time, i.e. that the link took the archives and
# not the packages' shared targets; and that ICU, now inside the binary,
# still finds its data: a page declared as Windows-1252 is converted by
# ICU's converter tables, which live in the data (libicudata.a), not in the
# code; without them dyad rejects the page as an unknown charset.
set -uo pipefail
dyad=${1:?usage: static_deps.sh DYAD_BINARY READELF NAME...}
readelf=${2:?usage: static_deps.sh DYAD_BINARY READELF NAME...}
shift 2
fail() { echo "FAIL: $*" >&2; exit 1; }

needed=$("$readelf" -d "$dyad" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || fail "no NEEDED entries read from $dyad"
echo "-- dyad needs: $(echo $needed)"
for name in "$@"; do
  if grep -q "^lib${name}\.so" <<<"$needed"; then
    fail "dyad still needs lib${name}.so although lib${name}.a was linked"
  fi
done
echo "-- none of: $*"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# \x92 is the curly apostrophe and \xe9 e-acute in Windows-1252.
printf '<html><head><meta charset="windows-1252"><meta name="pubdate" content="2019-03-12"></head>\n' >"$work/page.html"
printf '<body><p>Peru\x92s foreign minister Jos\xe9 Ortega condemned the government of Chile on Monday.</p></body></html>\n' >>"$work/page.html"
"$dyad" code "$work/page.html" --quiet >"$work/out.jsonl" 2>"$work/err.txt" ||
  fail "dyad code on a Windows-1252 page: $(cat "$work/err.txt")"
grep -q '"sentence":"Peru’s foreign minister José Ortega condemned' "$work/out.jsonl" ||
  fail "the Windows-1252 page was not converted to UTF-8: $(cat "$work/out.jsonl" "$work/err.txt")"
grep -q '"code":"111"' "$work/out.jsonl" || fail "the converted sentence was not coded: $(cat "$work/out.jsonl")"
echo "-- a Windows-1252 page converted by ICU's data and coded"
