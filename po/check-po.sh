#!/bin/sh
# Fails when a catalogue has untranslated or fuzzy messages.
stats=$("$1" --check --statistics -o /dev/null "$2" 2>&1) || { echo "$stats"; exit 1; }
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*) exit 1 ;;
esac
