#!/usr/bin/env bash
# Starts the app image's launcher as a user would from a shell, without a display, and fails the
# build unless each command does its work: the version, a data set, and a short training run on it.
# Usage: smoke-test.sh LAUNCHER OUT_DIR PROJECT_VERSION PACKAGE_VERSION
set -euo pipefail
launcher=$1 out=$2 expected=$3 package_version=$4
case $expected in
  "$package_version" | "$package_version"-*) ;;
  *) echo "The pom's jpackage.app.version $package_version is not the project's $expected" >&2; exit 1 ;;
esac
rm -rf "$out"
mkdir -p "$out"
log="$out/launcher.log"

fail() {
  echo "App image smoke test failed: $*" >&2
  echo "The launcher's output ($log):" >&2
  cat "$log" >&2
  exit 1
}

run() {
  echo "\$ wgan-lab $*" >> "$log"
  env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" "$@" >> "$log" 2>&1 || fail "wgan-lab $* exited with $?"
}

run --version
grep -qx "wgan-lab $expected" "$log" || fail "--version does not print 'wgan-lab $expected'"

run data ring --n 10 --seed 1 --out "$out/ring.csv"
points=$(grep -c '^-\?[0-9]' "$out/ring.csv" || true)
[ "$points" -eq 10 ] || fail "data ring --n 10 wrote $points points"

run train --data "$out/ring.csv" --method gp --width 32 --depth 2 --batch 10 --grid 16 \
  --iterations 20 --log-every 10 --out "$out/train"
grep -q '^20,' "$out/train/metrics.csv" || fail "train did not log iteration 20"
[ -s "$out/train/surface-0-gp.png" ] || fail "train wrote no surface"
