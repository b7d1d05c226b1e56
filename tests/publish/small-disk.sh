#!/usr/bin/env bash
# Runs a command with $SITE_DIR on a small disk of its own: a tmpfs of $SMALL_DISK_SIZE, mounted
# in a private mount namespace (run this under `unshare --mount`), so nothing outside sees it.
# For the disk-full test: SIGUSR1 fills the disk to within 2 MB; SIGUSR2 frees that space again.
set -euo pipefail
mkdir -p "$SITE_DIR"
mount -t tmpfs -o "size=$SMALL_DISK_SIZE" small-disk "$SITE_DIR"

free_mb() { df --output=avail -m "$SITE_DIR" | tail -1 | tr -d ' '; }
fill() {
  dd if=/dev/zero of="$SITE_DIR/.filler" bs=1M count=$(($(free_mb) - 2)) status=none || true
  echo "small-disk: filled, $(free_mb) MB free"
}
free_up() {
  rm -f "$SITE_DIR/.filler"
  echo "small-disk: freed, $(free_mb) MB free"
}
trap fill USR1
trap free_up USR2

"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true' TERM INT
# `wait` returns early when a trapped signal arrives; keep waiting until the command has ended.
while kill -0 "$child" 2>/dev/null; do wait "$child" || true; done
