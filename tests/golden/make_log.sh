#!/usr/bin/env bash
# Writes tests/golden/log.jsonl: the seed plus a second topic, corrections, a citation, a
# retraction and statements on both topics, recorded once by this script. The golden
# tests import that file (fixed event ids and record times), so their outputs never vary.
# Run it only to change the fixture; then regenerate the goldens:
#   TRACKER_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -n 0 tests/test_golden.py
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t() { .venv/bin/tracker --db "$work/g.db" --editor golden "$@" 2>/dev/null; }
U=ukraine-reassurance-force
t init --seed >/dev/null
t topics add coalition-funding --title "Fund the coalition" --pledge "fund the coalition"
de=$(t add --topic $U --country Germany --stance committed --date 2025-10-01 \
    --contribution ground --contribution air --troops 5000-8000 \
    --troops-text "five to eight thousand" --speaker "Friedrich Merz" --outlet FAZ \
    --url https://www.faz.net/de-troops --title "Berlin sends troops" --published 2025-10-02 \
    --quote "Germany will contribute ground troops." --deployment in-country \
    --condition "a ceasefire holds")
t add --topic $U --country Italia --stance declined --date 2025-09 --approximate \
    --speaker "Giorgia Meloni" --outlet Corriere --url https://corriere.it/no \
    --published 2025-09-20 --note "months ago" >/dev/null
pl=$(t add --topic $U --country PL --stance conditional --date 2025-09-15 --troops 2000+ \
    --outlet Reuters --url https://reuters.com/pl --published 2025-09-16 \
    --deployment neighbouring)
t correct "$de" --reason "date misread" --date 2025-09-30 >/dev/null
t cite "$pl" --outlet Gazeta --url https://gazeta.pl/x --title "Poland ready" \
    --published 2025-09-17 --quote "Polska jest gotowa." >/dev/null
nl=$(t add --topic $U --country Holland --stance considering --date 2025-09-20 \
    --outlet Reuters --url https://reuters.com/nl --published 2025-09-21)
t retract "$nl" --reason "Reuters withdrew the report" >/dev/null
t add --topic coalition-funding --country France --stance committed --date 2025-09-10 \
    --contribution financing --outlet "Le Monde" --url https://lemonde.fr/f \
    --published 2025-09-11 >/dev/null
t add --topic coalition-funding --country DE --stance skeptical --date 2025-09-12 \
    --outlet "Le Monde" --url https://lemonde.fr/de --published 2025-09-13 >/dev/null
t topics edit coalition-funding --pledge "pay for the coalition" >/dev/null
t export --what events -o tests/golden/log.jsonl
wc -l tests/golden/log.jsonl
