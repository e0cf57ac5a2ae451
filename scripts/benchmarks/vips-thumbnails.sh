#!/usr/bin/env bash
# Renders the same three sizes with vipsthumbnail, one image at a time on one thread, and prints
# `pass <n> <images> <seconds>` per pass like the Java driver.
set -euo pipefail
input=$1 output=$2 passes=$3
export VIPS_CONCURRENCY=1
mkdir -p "$output"/{small,medium,large}
mapfile -t images < <(find "$input" -maxdepth 1 -type f -regextype posix-extended -iregex '.*\.(jpe?g|png)' | sort)
for ((pass = 1; pass <= passes; pass++)); do
  start=$(date +%s.%N)
  # One process per size over all images; '>' only shrinks; --smartcrop centre fills the small
  # box like the function's centre crop.
  vipsthumbnail "${images[@]}" --size '150x150>' --smartcrop centre -o "$output/small/%s.jpg[Q=85,strip]"
  vipsthumbnail "${images[@]}" --size '500x500>' -o "$output/medium/%s.jpg[Q=85,strip]"
  vipsthumbnail "${images[@]}" --size '1200x1200>' -o "$output/large/%s.jpg[Q=85,strip]"
  end=$(date +%s.%N)
  echo "pass $pass ${#images[@]} $(echo "$end - $start" | bc -l)"
done
