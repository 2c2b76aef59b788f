#!/usr/bin/env bash
# End-to-end checks of the `dyad` command line (run by CTest):
#   cli_end_to_end.sh DYAD_BINARY SOURCE_DIR WORK_DIR
# Each check prints what it tests; the first failure stops with exit 1.
set -uo pipefail
dyad=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
# The compiled dictionary cache goes to this run's folder, not the user's.
export DYAD_CACHE_DIR="$work/cache"
check() { echo "-- $*"; }

check "no subcommand is a usage error (exit 2)"
"$dyad" >/dev/null 2>&1; [ $? -eq 2 ] || fail "expected exit 2"
"$dyad" code >/dev/null 2>"$work/err"; [ $? -eq 2 ] || fail "code without paths: expected exit 2"
grep -q "standard input" "$work/err" || fail "code without paths should say how to call it"

check "every subcommand is listed, and each one named gets its own options"
# main.cc adds only the named subcommand's options (NamedCommand); the main
# help must still list all nine, and each subcommand's help its options.
"$dyad" --help >"$work/help" 2>&1 || fail "--help: exit $?"
for sub in code events quotes who eval explain dict relations timeline; do
  grep -Eq "^  $sub +[a-z]" "$work/help" || fail "--help does not list $sub with its description"
done
while IFS='|' read -r args want; do
  "$dyad" $args --help >"$work/subhelp" 2>&1 || fail "$args --help: exit $?"
  grep -q -- "$want" "$work/subhelp" || fail "$args --help does not list $want"
done <<'LIST'
code|--input-format
events|--db
quotes|--db
who|--db
eval|--min-precision
explain|--date
dict|check-reference
dict lint|--errors-only
dict unknown|--top
relations|--db
timeline|--db
LIST
"$dyad" bogus >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown subcommand should be a usage error"
"$dyad" -- code >/dev/null 2>&1; [ $? -eq 2 ] || fail "a name after -- is no subcommand"

check "coding the examples prints JSON Lines with every field, and a summary line"
"$dyad" code "$src/examples" --quiet >"$work/ex.jsonl" 2>"$work/ex.err" || fail "code examples: exit $?"
n=$(wc -l <"$work/ex.jsonl")
[ "$n" -ge 30 ] || fail "only $n events from the examples"
for field in article published sentence_index sentence date date_text source source_text target target_text code root quad_class goldstein verb_text lang evidence; do
  grep -q "\"$field\":" "$work/ex.jsonl" || fail "field $field missing"
done
grep -Eq '^dyad: 16 articles, [0-9]+ sentences, [0-9]+ events, 0 skipped inputs' "$work/ex.err" || fail "summary line: $(cat "$work/ex.err")"

check "output is identical with 2 threads"
"$dyad" code "$src/examples" --quiet --threads 2 --batch 3 >"$work/ex2.jsonl" 2>/dev/null || fail "threads 2"
cmp -s "$work/ex.jsonl" "$work/ex2.jsonl" || fail "--threads 2 changed the output"

check "the compiled dictionary cache: same output on a miss, a hit and without it; a damaged file is rebuilt"
cache="$work/cache_check"
"$dyad" code "$src/examples" --quiet --cache-dir "$cache" >"$work/miss.jsonl" 2>"$work/miss.err" || fail "cache miss run"
ls "$cache"/en-models-*.bin >/dev/null 2>&1 || fail "no cache file written in $cache"
ls "$cache"/dictionaries-*.bin >/dev/null 2>&1 || fail "no dictionaries cache file written in $cache"
"$dyad" code "$src/examples" --quiet --cache-dir "$cache" >"$work/hit.jsonl" 2>"$work/hit.err" || fail "cache hit run"
"$dyad" code "$src/examples" --quiet --no-cache >"$work/nocache.jsonl" 2>/dev/null || fail "--no-cache run"
for f in miss hit nocache; do cmp -s "$work/ex.jsonl" "$work/$f.jsonl" || fail "output differs ($f)"; done
grep -q "dictionary cache" "$work/miss.err" "$work/hit.err" && fail "a healthy cache should say nothing"
file=$(ls "$cache"/en-models-*.bin | head -1)
head -c 5000 "$file" >"$work/cut.bin" && mv "$work/cut.bin" "$file"
"$dyad" code "$src/examples" --quiet --cache-dir "$cache" >"$work/cut.jsonl" 2>"$work/cut.err" || fail "run over a truncated cache"
grep -q "dictionary cache .*truncated.*rebuilt it" "$work/cut.err" || fail "truncation not reported: $(cat "$work/cut.err")"
cmp -s "$work/ex.jsonl" "$work/cut.jsonl" || fail "output differs after a truncated cache"
"$dyad" code "$src/examples" --quiet --cache-dir "$cache" >/dev/null 2>"$work/again.err" || fail "run after the rebuild"
grep -q "dictionary cache" "$work/again.err" && fail "the rebuilt cache was not used: $(cat "$work/again.err")"
file=$(ls "$cache"/dictionaries-*.bin | head -1)
head -c 100000 "$file" >"$work/cut.bin" && mv "$work/cut.bin" "$file"
"$dyad" code "$src/examples" --quiet --cache-dir "$cache" >"$work/cut2.jsonl" 2>"$work/cut2.err" || fail "run over a truncated dictionaries cache"
grep -q "dictionary cache .*dictionaries-.*truncated.*rebuilt it" "$work/cut2.err" || fail "truncation not reported: $(cat "$work/cut2.err")"
cmp -s "$work/ex.jsonl" "$work/cut2.jsonl" || fail "output differs after a truncated dictionaries cache"
DYAD_CACHE_DIR="$work/never" "$dyad" code "$src/examples" --quiet --no-cache >/dev/null 2>&1 || fail "--no-cache"
[ ! -e "$work/never" ] || fail "--no-cache wrote a cache"

check "TSV output has a header and one row per event"
"$dyad" code "$src/examples" --quiet --format tsv >"$work/ex.tsv" 2>/dev/null || fail "tsv"
[ "$(($(wc -l <"$work/ex.tsv") - 1))" -eq "$n" ] || fail "tsv rows differ from jsonl rows"

check "a broken input is reported with file and offset, skipped, and the batch goes on (exit 1)"
mkdir -p "$work/mixed"
printf 'date 2025-09-27\n\nColombia condemned the United States on Friday.\n' >"$work/mixed/good.txt"
printf 'date 2025-09-27\n\nBad \xff\xfe bytes here.\n' >"$work/mixed/bad.txt"
printf '{"id":"a1","date":"2025-09-27","text":"Venezuela accused Colombia of meddling."}\n{"id":"a2", broken\n' >"$work/mixed/lines.jsonl"
"$dyad" code "$work/mixed" --quiet >"$work/mixed.out" 2>"$work/mixed.err"; rc=$?
[ $rc -eq 1 ] || fail "expected exit 1 with skipped inputs, got $rc"
grep -q "bad.txt" "$work/mixed.err" || fail "the invalid UTF-8 file is not named: $(cat "$work/mixed.err")"
grep -q "lines.jsonl:2" "$work/mixed.err" || fail "the malformed JSON line is not named with its line"
grep -q '"article":"a1"' "$work/mixed.out" || fail "the good JSON line was not coded"
grep -q 'good.txt' "$work/mixed.out" || fail "the good text file was not coded"

check "stdin works as a streaming filter"
printf '{"id":"s1","date":"2025-10-05","text":"Petro accused the United States of murder."}\n' |
  "$dyad" code - --quiet >"$work/stdin.out" 2>/dev/null || fail "stdin"
grep -q '"article":"s1"' "$work/stdin.out" || fail "stdin article not coded"

check "storing: a second run over the same articles adds nothing"
"$dyad" code "$src/examples" --quiet --db "$work/t.db" >/dev/null 2>"$work/db1.err" || fail "db run 1"
grep -q "stored 16 new articles" "$work/db1.err" || fail "first run: $(cat "$work/db1.err")"
"$dyad" code "$src/examples" --quiet --db "$work/t.db" >/dev/null 2>"$work/db2.err" || fail "db run 2"
grep -q "stored 0 new articles .*16 already there" "$work/db2.err" || fail "second run: $(cat "$work/db2.err")"
"$dyad" events --db "$work/t.db" >"$work/events.jsonl" || fail "events"
[ "$(wc -l <"$work/events.jsonl")" -lt "$n" ] || fail "stored events $(wc -l <"$work/events.jsonl") should be fewer than the $n mentions (duplicates merge)"
grep -q '"event_id":' "$work/events.jsonl" || fail "events lack event_id"
"$dyad" events --db "$work/t.db" --dyad USA-COL >"$work/usacol.jsonl" || fail "events --dyad"
[ -s "$work/usacol.jsonl" ] || fail "no USA-COL events in the examples"
grep -v '"source":"USA' "$work/usacol.jsonl" | grep -q . && fail "--dyad USA-COL returned another source"
"$dyad" events --db "$work/missing.db" >/dev/null 2>&1; [ $? -eq 2 ] || fail "a missing database should be a usage error"

check "the Spanish example (lang=\"es\") codes its events through the Spanish pipeline"
es="$src/examples/16_usa_col_ruptura_es.html"
"$dyad" code "$es" --quiet >"$work/es.jsonl" 2>/dev/null || fail "code Spanish example"
for want in "USA COLGOV 172" "COLGOV USA 112" "USAGOV COL 162" "COLCOP COLOPP 173"; do
  set -- $want
  grep "\"source\":\"$1\"" "$work/es.jsonl" | grep "\"target\":\"$2\"" | grep -q "\"code\":\"$3\"" ||
    fail "Spanish example lacks $want: $(cut -c1-300 "$work/es.jsonl")"
done
grep -q '"lang":"es"' "$work/es.jsonl" || fail "Spanish events are not marked lang es"
grep -q 'aceptaremos' "$work/es.jsonl" && fail "the negated quotation (No aceptaremos ...) coded an event"
printf 'date 2025-10-21\n\nEl canciller de Colombia condenó el martes la decisión de Washington.\n' >"$work/es_plain.txt"
"$dyad" code "$work/es_plain.txt" --lang es --quiet >"$work/es_plain.jsonl" 2>/dev/null || fail "code --lang es"
grep -q '"code":"111".*"lang":"es"' "$work/es_plain.jsonl" || fail "--lang es did not code a plain Spanish text: $(cat "$work/es_plain.jsonl")"
"$dyad" code "$work/es_plain.txt" --quiet 2>/dev/null | grep -q '"lang":"es"' && fail "without --lang a plain text is English"
"$dyad" code "$work/es_plain.txt" --lang fr >/dev/null 2>&1; [ $? -eq 2 ] || fail "--lang fr should be a usage error"
[ "$(wc -l <"$work/es.jsonl")" -le 8 ] || fail "more events than the example's eight sentences: over-generation"

check "dictionaries lint clean of errors"
"$dyad" dict lint --errors-only >"$work/lint.txt" || fail "dict lint: $(tail -5 "$work/lint.txt")"

check "dict lint names the file and line of a pattern that can never match, and of overlapping dates"
printf '190  attacked +\n' >"$work/bad.verbs.txt"
printf 'Zzyzx Testperson\n  USAGOV 2020-01-01..2022-12-31\n  CANGOV 2022-06-01..2024-01-01\n' >"$work/bad.actors.txt"
"$dyad" dict lint --errors-only --verbs "$work/bad.verbs.txt" --dict "$work/bad.actors.txt" >"$work/lint_bad.txt"; rc=$?
[ $rc -eq 1 ] || fail "lint of bad dictionaries should exit 1, got $rc"
grep -q "bad.verbs.txt:1: error: verb 'attacked' is an inflected form" "$work/lint_bad.txt" || fail "lint missed the inflected verb: $(cat "$work/lint_bad.txt")"
grep -q "bad.actors.txt:3: error: date range of CANGOV overlaps" "$work/lint_bad.txt" || fail "lint missed the overlapping dates: $(cat "$work/lint_bad.txt")"
# Two roles at once (docs/dictionary-format.md) are allowed on purpose: a warning, not an error.
printf 'Zzyzx Testperson\n  USAGOV 2020-01-01..2022-12-31\n  USALEG 2022-06-01..2024-01-01\n' >"$work/two_roles.actors.txt"
"$dyad" dict lint --dict "$work/two_roles.actors.txt" >"$work/lint_roles.txt" || fail "two roles at once should not be an error: $(grep two_roles "$work/lint_roles.txt")"
grep -q "two_roles.actors.txt:3: warning: date range of USALEG overlaps" "$work/lint_roles.txt" || fail "lint should warn about two roles at once: $(grep two_roles "$work/lint_roles.txt")"

check "dict lint names a pattern whose subject condition has an unknown group"
printf '074  [PKO|WIZ] arrive in +\n' >"$work/cond.verbs.txt"
"$dyad" dict lint --errors-only --verbs "$work/cond.verbs.txt" >"$work/lint_cond.txt"; rc=$?
[ $rc -eq 1 ] || fail "lint of a bad subject condition should exit 1, got $rc"
grep -q "cond.verbs.txt:1: error: subject condition: unknown actor-code group WIZ" "$work/lint_cond.txt" ||
  fail "lint missed the unknown group: $(cat "$work/lint_cond.txt")"
grep -q "PKO" "$work/lint_cond.txt" && fail "lint flagged the known group PKO: $(cat "$work/lint_cond.txt")"

check "dict lint warns when a weapon-subject synset the coder reads is missing (data/verbs/synsets.txt)"
cp -r "$src/data" "$work/data_weapons"
sed -i '/^&SUBJECT_AERIAL /d' "$work/data_weapons/verbs/synsets.txt"
"$dyad" dict lint --data "$work/data_weapons" >"$work/lint_weapons.txt" || fail "a missing weapon class is a warning, not an error"
grep -q "warning: &SUBJECT_AERIAL is missing" "$work/lint_weapons.txt" || fail "lint missed the missing class: $(tail -3 "$work/lint_weapons.txt")"
"$dyad" dict lint >"$work/lint_all.txt" || fail "dict lint of the shipped data"
grep -q "&SUBJECT_.* is missing" "$work/lint_all.txt" && fail "lint flagged a class the data has"

check "dict lint names a title whose role is unknown (data/actors/titles.txt)"
cp -r "$src/data" "$work/data_titles"
printf 'chief wizard -> WIZ\n' >>"$work/data_titles/actors/titles.txt"
"$dyad" dict lint --errors-only --data "$work/data_titles" >"$work/lint_titles.txt"; rc=$?
[ $rc -eq 1 ] || fail "lint of a bad title should exit 1, got $rc"
grep -q 'actors/titles.txt:[0-9]*: error: title "chief wizard": unknown role WIZ' "$work/lint_titles.txt" ||
  fail "lint missed the unknown title role: $(cat "$work/lint_titles.txt")"
rm -rf "$work/data_titles"

check "explain shows actors, clauses and the event"
"$dyad" explain "The State Department revoked the visa of Colombian President Gustavo Petro on Friday." --date 2025-09-27 >"$work/explain.txt" || fail "explain"
grep -q "EVENT USAGOV" "$work/explain.txt" || fail "explain shows no USAGOV event: $(cat "$work/explain.txt")"
grep -q "actor: \".*Petro\" -> COLGOV" "$work/explain.txt" || fail "explain lacks the Petro match"

check "relations and timelines for three dyads of the examples (USA-COL, COL-VEN, CHN-PHL)"
for pair in "COL VEN" "CHN PHL" "VEN GUY"; do
  set -- $pair
  "$dyad" relations --db "$work/t.db" "$1" "$2" --by month >"$work/rel_$1$2.jsonl" || fail "relations $1 $2"
  awk -F'"events":' 'NF > 1 { split($2, a, ","); n += a[1] } END { exit !(n > 0) }' "$work/rel_$1$2.jsonl" ||
    fail "no events between $1 and $2 in the examples"
  "$dyad" timeline --db "$work/t.db" --dyad "$1-$2" | grep -q . || fail "empty timeline for $1-$2"
done

check "relations: both directions of a dyad per month, empty months present; timeline lists its events"
"$dyad" relations --db "$work/t.db" USA COL --by month >"$work/rel.jsonl" || fail "relations: exit $?"
for field in period source target events quad goldstein_sum goldstein_mean index flag; do
  grep -q "\"$field\":" "$work/rel.jsonl" || fail "relations field $field missing"
done
grep -q '"source":"COL","target":"USA"' "$work/rel.jsonl" || fail "relations lacks the COL->USA direction"
# A zero-filled month: both of its rows have no events (the examples run from January to October 2025).
zero=$(grep -o '"period":"[^"]*","source":"[A-Z]*","target":"[A-Z]*","events":0,"quad":\[0,0,0,0\]' "$work/rel.jsonl" |
  cut -d'"' -f4 | sort | uniq -c | awk '$1 == 2' | wc -l)
[ "$zero" -ge 1 ] || fail "no zero-filled month: $(head -4 "$work/rel.jsonl")"
"$dyad" relations --db "$work/t.db" USA COL --by week --format table >"$work/rel.txt" || fail "relations table"
grep -q "USA->COL" "$work/rel.txt" || fail "relations table lacks the direction"
"$dyad" timeline --db "$work/t.db" --dyad USA-COL >"$work/timeline.txt" || fail "timeline: exit $?"
grep -q "^2025-09-26 .*USA[A-Z]*→COL[A-Z]* *172 " "$work/timeline.txt" || fail "timeline lacks the visa revocation: $(head -5 "$work/timeline.txt")"
grep -q "COL[A-Z]*→USA" "$work/timeline.txt" || fail "timeline lacks the COL->USA direction"
grep -q "pattern: verbs/" "$work/timeline.txt" || fail "timeline lacks evidence patterns"
"$dyad" relations --db "$work/missing.db" USA COL >/dev/null 2>"$work/err"; [ $? -eq 2 ] || fail "relations on a missing database should exit 2"
grep -q "dyad code" "$work/err" || fail "relations should say how to make a database"

check "distinct events: the visa revocation told by three example articles, one in Spanish, is one event"
"$dyad" events --db "$work/t.db" --dyad USA-COL >"$work/usacol2.jsonl"
grep '"code":"172"' "$work/usacol2.jsonl" | grep -q '"num_articles":3' || fail "the 172 visa revocation is not one event in three articles"
grep '"code":"172"' "$work/usacol2.jsonl" | grep '"num_articles":3' | grep -q '16_usa_col_ruptura_es' || fail "the Spanish report of the revocation is not merged with the English ones"
grep '"code":"172"' "$work/usacol2.jsonl" | grep -q '"date":"2025-09-26"' || fail "the merged revocation is not dated 2025-09-26"
id=$(grep '"code":"172"' "$work/usacol2.jsonl" | head -1 | sed -E 's/.*"event_id":([0-9]+).*/\1/')
"$dyad" explain --event "$id" --db "$work/t.db" >"$work/explain_event.txt" || fail "explain --event"
grep -q "joined: same dyad USA-COL" "$work/explain_event.txt" || fail "explain --event does not say why mentions merged"

check "quotations are stored with their speakers"
"$dyad" quotes --db "$work/t.db" >"$work/quotes.jsonl" || fail "quotes"
for field in article speaker speaker_actor quote date; do
  grep -q "\"$field\":" "$work/quotes.jsonl" || fail "quotes lack $field"
done
"$dyad" quotes --db "$work/t.db" --speaker villavicencio | grep -q "lectures" || fail "Villavicencio's quotation is not attributed to her"

check "who: what the articles say about a person"
"$dyad" who Petro --db "$work/t.db" >"$work/who.txt" || fail "who"
grep -q "Gustavo Petro (person)" "$work/who.txt" || fail "who Petro: $(head -3 "$work/who.txt")"
grep -Eq "age +65" "$work/who.txt" || fail "who Petro lacks the age the article states"

check "dict unknown ranks uncovered verbs and names"
"$dyad" dict unknown "$src/examples" --top 5 >"$work/unknown.txt" || fail "dict unknown"
grep -q "Uncoded verbs" "$work/unknown.txt" && grep -q "Proper names no actor entry covers" "$work/unknown.txt" || fail "dict unknown output"
printf 'Los recolectores independientes de castaña sobrevolaron la frontera de Bolivia.\n' >"$work/es.txt"
"$dyad" dict unknown --lang es "$work/es.txt" >"$work/unknown_es.txt" || fail "dict unknown --lang es"
grep -q "los recolectores independientes de castaña" "$work/unknown_es.txt" || fail "dict unknown --lang es lacks the noun phrase"
grep -q "sobrevolar" "$work/unknown_es.txt" || fail "dict unknown --lang es lacks the Spanish lemma"

check "eval --min-precision fails a run whose root precision is under the floor (exit 1) and passes one at it"
# Two records of our own: the first coded as its gold says, the second given a
# gold root (04) the coder does not produce, so root precision is exactly 0.5.
printf '%s\n' \
  '{"id":"p1","date":"2025-09-27","text":"Venezuela accused Colombia of meddling.","expected":[{"source":"VEN","target":"COL","code":"112"}]}' \
  '{"id":"p2","date":"2025-09-27","text":"Peru condemned Chile on Friday.","expected":[{"source":"PER","target":"CHL","code":"043"}]}' \
  >"$work/precision.jsonl"
"$dyad" eval "$work/precision.jsonl" --min-precision 0.5 >"$work/prec_ok.txt" || fail "precision 0.5 at a floor of 0.5: exit $?"
grep -q "P 0.500" "$work/prec_ok.txt" || fail "root precision is not 0.5: $(grep 'root level' "$work/prec_ok.txt")"
"$dyad" eval "$work/precision.jsonl" --min-precision 0.6 >"$work/prec_low.txt"; rc=$?
[ $rc -eq 1 ] || fail "precision 0.5 under a floor of 0.6: expected exit 1, got $rc"
grep -q "FAIL: root precision 0.5000" "$work/prec_low.txt" || fail "the failed floor is not named: $(tail -1 "$work/prec_low.txt")"

echo "all end-to-end checks passed"
