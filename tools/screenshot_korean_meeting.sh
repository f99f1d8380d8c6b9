#!/bin/bash
# The README's Korean window screenshots, reached with real key presses: the 13th Sub-committee
# meeting found by typing "Krutikov Seoul", then its sources (F6 to the entry, End). Run under Xvfb:
#   xvfb-run -s '-screen 0 1366x768x24' tools/screenshot_korean_meeting.sh
# A throwaway user data dir set to Korean; no Korean system font is needed (the app bundles its own).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${NPVIEWER_SHOTS:-$ROOT/docs/screenshots}
export NPVIEWER_HOME=$(mktemp -d) LANG=ko_KR.UTF-8
printf '[ui]\nlanguage=ko\n' > "$NPVIEWER_HOME/window.ini"
"$ROOT/.venv/bin/python" -m npviewer > "$NPVIEWER_HOME/app.out" 2>&1 &
pid=$!
wid=""
for _ in $(seq 1 120); do
    wid=$(xdotool search --name "npviewer" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    sleep 0.5
done
sleep 4  # the content store is built on the first start
xdotool windowmove "$wid" 0 0 windowsize "$wid" 1366 768
sleep 1
xdotool windowfocus --sync "$wid"
xdotool key --delay 100 ctrl+k
xdotool type --delay 60 "Krutikov Seoul"
sleep 1.5
xdotool key --delay 150 Down Down Return
sleep 2
import -window root "$OUT/xvfb-ko-meeting.png"
xdotool key --delay 200 F6 End
sleep 1
import -window root "$OUT/xvfb-ko-meeting-sources.png"
kill "$pid"
wait "$pid" 2>/dev/null || true
rm -rf "$NPVIEWER_HOME"
echo "saved $OUT/xvfb-ko-meeting.png and $OUT/xvfb-ko-meeting-sources.png"
