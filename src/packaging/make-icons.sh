#!/usr/bin/env bash
# Draws the application icon (ImageMagick 6 or newer) and derives the formats jpackage wants:
# wgan-lab.png (Linux), wgan-lab.ico (Windows) and wgan-lab.icns (macOS, PNG entries).
# The picture is the app's story in one square: a critic's value surface with its contour rings,
# the eight modes of the default data (orange) and generated points moving towards them (green).
set -euo pipefail
cd "$(dirname "$0")/icons"

size=256
c=128
surface=$(mktemp --suffix=.png)
trap 'rm -f "$surface"' EXIT

# The value surface: a radial gradient from the critic's high (warm) to its low (dark blue).
convert -size ${size}x${size} radial-gradient:'#f4d27a'-'#1d2b5a' "$surface"

draw=()
# Contour rings of the surface.
for r in 30 55 80 105; do
  draw+=(-stroke '#ffffff66' -strokewidth 3 -fill none -draw "circle $c,$c $((c + r)),$c")
done
# Eight real modes on a ring, and a generated point pulled towards each.
for i in 0 1 2 3 4 5 6 7; do
  read -r mx my gx gy < <(awk -v i="$i" -v c="$c" 'BEGIN {
    a = i * atan2(0, -1) / 4; printf "%d %d %d %d\n",
      c + 80 * cos(a), c + 80 * sin(a), c + 52 * cos(a + 0.3), c + 52 * sin(a + 0.3) }')
  draw+=(-stroke '#2e7d32' -strokewidth 5 -draw "line $gx,$gy $(((gx * 2 + mx) / 3)),$(((gy * 2 + my) / 3))")
  draw+=(-stroke none -fill '#43a047' -draw "circle $gx,$gy $((gx + 11)),$gy")
  draw+=(-stroke '#ffffff' -strokewidth 3 -fill '#f57c00' -draw "circle $mx,$my $((mx + 14)),$my")
done

# Rounded corners, as desktops draw application icons.
convert "$surface" "${draw[@]}" \
  \( -size ${size}x${size} xc:none -fill white -draw "roundrectangle 0,0 $((size - 1)),$((size - 1)) 44,44" \) \
  -alpha set -compose DstIn -composite -depth 8 -strip PNG32:wgan-lab.png

convert wgan-lab.png -define icon:auto-resize=256,128,64,48,32,16 wgan-lab.ico

# ICNS: the 'icns' header and, per size, a type code and a PNG (ic07 128 px, ic08 256 px).
png128=$(mktemp --suffix=.png)
trap 'rm -f "$surface" "$png128"' EXIT
convert wgan-lab.png -resize 128x128 -depth 8 -strip "PNG32:$png128"
be32() { printf '%08x' "$1" | sed 's/../\\x&/g' | xargs -0 printf; }
{
  total=$((8 + 8 + $(stat -c %s "$png128") + 8 + $(stat -c %s wgan-lab.png)))
  printf 'icns'; be32 "$total"
  printf 'ic07'; be32 $((8 + $(stat -c %s "$png128"))); cat "$png128"
  printf 'ic08'; be32 $((8 + $(stat -c %s wgan-lab.png))); cat wgan-lab.png
} > wgan-lab.icns
