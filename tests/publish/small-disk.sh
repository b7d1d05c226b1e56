#!/usr/bin/env bash
# Runs a command with $SMALL_DISK_DIR on a small disk of its own: a tmpfs of $SMALL_DISK_SIZE,
# mounted in a private mount namespace (run this under `unshare --mount`), so nothing outside sees
# it. For the disk-full tests: SIGUSR1 fills the disk to within $SMALL_DISK_LEFT_KB KB (default
# 2048); SIGUSR2 frees that space again.
set -euo pipefail
mkdir -p "$SMALL_DISK_DIR"
mount -t tmpfs -o "size=$SMALL_DISK_SIZE" small-disk "$SMALL_DISK_DIR"
left_kb=${SMALL_DISK_LEFT_KB:-2048}

free_kb() { df --output=avail -k "$SMALL_DISK_DIR" | tail -1 | tr -d ' '; }
fill() {
  dd if=/dev/zero of="$SMALL_DISK_DIR/.filler" bs=4K count=$((($(free_kb) - left_kb) / 4)) status=none || true
  echo "small-disk: filled, $(free_kb) KB free"
}
free_up() {
  rm -f "$SMALL_DISK_DIR/.filler"
  echo "small-disk: freed, $(free_kb) KB free"
}
trap fill USR1
trap free_up USR2

# Its standard input passed on explicitly: a command in the background would get /dev/null.
"$@" <&0 &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true' TERM INT
# `wait` returns early when a trapped signal arrives; keep waiting until the command has ended.
while kill -0 "$child" 2>/dev/null; do wait "$child" || true; done
