#!/usr/bin/env bash
# Re-vendor KaTeX for the report from the npm registry with the npm client (no registry address here: npm knows it):
#   scripts/update-katex.sh [VERSION]     (default: the version pinned in src/Verification.Cli/Reporting/Assets/katex/VERSION)
# Packs katex@VERSION, checks the tarball against the integrity 'npm view' publishes, and copies katex.min.js,
# katex.min.css, the woff2 fonts and the MIT licence into Reporting/Assets/katex (embedded in the tool and copied into every
# report, so that a report works offline). Commit the result; CI never fetches it.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=src/Verification.Cli/Reporting/Assets/katex
version="${1:-$(cut -d' ' -f1 "$dest/VERSION" | sed 's/^katex@//')}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
integrity=$(npm view "katex@$version" dist.integrity)
(cd "$work" && npm pack --silent "katex@$version" >/dev/null)
actual="sha512-$(openssl dgst -sha512 -binary "$work/katex-$version.tgz" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "update-katex: integrity mismatch: registry $integrity, tarball $actual" >&2
  exit 1
fi
tar xzf "$work/katex-$version.tgz" -C "$work"
rm -rf "$dest"
mkdir -p "$dest/fonts"
cp "$work/package/dist/katex.min.js" "$work/package/dist/katex.min.css" "$work/package/LICENSE" "$dest/"
cp "$work/package/dist/fonts/"*.woff2 "$dest/fonts/"
echo "katex@$version $integrity" > "$dest/VERSION"
echo "update-katex: katex@$version ($integrity) in $dest"
