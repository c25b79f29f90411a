#!/bin/sh
# check-po.sh MSGFMT PODIR: fails when a catalogue that PODIR/LINGUAS lists is
# missing, or has untranslated or fuzzy messages.
msgfmt=$1
podir=$2
status=0
languages=$(sed -e 's/#.*//' "$podir/LINGUAS")
[ -n "$languages" ] || { echo "$podir/LINGUAS lists no language"; exit 1; }
for lang in $languages; do
  po="$podir/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$lang: $po is missing"
    status=1
    continue
  fi
  if ! stats=$("$msgfmt" --check --statistics -o /dev/null "$po" 2>&1); then
    echo "$lang: $stats"
    status=1
    continue
  fi
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*) status=1 ;;
  esac
done
exit $status
