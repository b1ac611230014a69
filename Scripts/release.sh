#!/usr/bin/env bash
# Builds the release bundle of emcode for Linux x86_64:
#
#   OUT/emcode-VERSION-linux-x86_64.tar.gz         the bundle
#   OUT/emcode-VERSION-linux-x86_64.tar.gz.sha256  its SHA-256 sum, for `sha256sum -c`
#
# Usage: Scripts/release.sh [OUT]   (OUT defaults to .build/release-bundle)
#
# The bundle holds one folder, emcode-VERSION/:
#   emcode                                       the stripped, statically linked binary
#   share/man/man1/emcode.1                      the man page in English
#   share/man/de/man1/emcode.1                   the man page in German (man picks it for LANG=de_*)
#   share/bash-completion/completions/emcode     completions, where bash-completion looks
#   share/zsh/site-functions/_emcode             ... where zsh looks
#   share/fish/vendor_completions.d/emcode.fish  ... where fish looks
#   README.md, LICENSE, CHANGELOG.md
#
# The tarball is reproducible: the same binary and files give the same bytes (names sorted, every
# mtime the last commit's time or SOURCE_DATE_EPOCH, owner and group 0, gzip without name or time).
# docs/releasing.md says how to cut a release with it.
set -euo pipefail
cd "$(dirname "$0")/.."

die() {
  echo "release.sh: $*" >&2
  exit 1
}

(($# <= 1)) || die "usage: Scripts/release.sh [OUTPUT-FOLDER]"
out=${1:-.build/release-bundle}

[[ $(uname -s) == Linux && $(uname -m) == x86_64 ]] ||
  die "this script builds the linux-x86_64 bundle; this machine is $(uname -s) $(uname -m)"
for tool in swift strip file tar gzip sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done

# Every file in the tarball gets the time of the last commit, unless SOURCE_DATE_EPOCH says otherwise.
if [[ -z ${SOURCE_DATE_EPOCH:-} ]]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null) ||
    die "not a git checkout: set SOURCE_DATE_EPOCH to the release's time (seconds since 1970)"
  if [[ -n $(git status --porcelain --untracked-files=no 2>/dev/null) ]]; then
    echo "release.sh: warning: uncommitted changes; the bundle is not what the last commit builds" >&2
  fi
fi
[[ $SOURCE_DATE_EPOCH =~ ^[0-9]+$ ]] || die "SOURCE_DATE_EPOCH is not a number of seconds: $SOURCE_DATE_EPOCH"

source_file=Sources/EMCodeCLI/Command/EMCodeCommand.swift
source_version=$(sed -n 's/^ *public static let version = "\([^"]*\)"$/\1/p' "$source_file")
[[ -n $source_version ]] || die "no 'public static let version = \"...\"' in $source_file"
grep -q "^## \[$source_version\]" CHANGELOG.md ||
  die "CHANGELOG.md has no section '## [$source_version]': write it before releasing"

echo "== release build of emcode $source_version"
swift build -c release --product emcode
built=$(swift build -c release --show-bin-path)/emcode
[[ -x $built ]] || die "swift build left no executable at $built"

version=$("$built" --lang en --version | awk 'NR == 1 { print $2 }')
[[ $version == "$source_version" ]] ||
  die "the binary says version '$version' but $source_file says '$source_version'"

name=emcode-$version
asset=$name-linux-x86_64.tar.gz
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
top=$stage/$name

echo "== staging $name/"
install -d -m 755 "$top/share/man/man1" "$top/share/man/de/man1" "$top/share/bash-completion/completions" \
  "$top/share/zsh/site-functions" "$top/share/fish/vendor_completions.d"
strip -o "$top/emcode" "$built"
chmod 755 "$top/emcode"
kind=$(file -b "$top/emcode")
[[ $kind == *"statically linked"* ]] || die "the binary is not statically linked: $kind"
[[ $kind == *", stripped"* ]] || die "the binary is not stripped: $kind"

# Everything else comes from the binary that ships, so the man pages and completions match it.
# The completion scripts are in English: one file per shell serves every user of the machine,
# and English is what the man page in man1 speaks (bash's script has no prose and is the same in
# both languages). A German user can write German ones: emcode --lang de --generate complete-zsh.
emit() { "$top/emcode" --lang "$1" --generate "$2" >"$top/$3"; }
emit en man share/man/man1/emcode.1
emit de man share/man/de/man1/emcode.1
emit en complete-bash share/bash-completion/completions/emcode
emit en complete-zsh share/zsh/site-functions/_emcode
emit en complete-fish share/fish/vendor_completions.d/emcode.fish
install -m 644 README.md LICENSE CHANGELOG.md "$top/"

echo "== packing $asset"
mkdir -p "$out"
# Sorted names, one time, owner and group 0, modes without group or other write: the same input
# gives the same bytes. gzip -n leaves out the file name and time it would otherwise record.
tar --create --format=gnu --sort=name --mtime="@$SOURCE_DATE_EPOCH" \
  --owner=0 --group=0 --numeric-owner --mode='u+rwX,go+rX,go-w' \
  --directory="$stage" "$name" | gzip -9 -n >"$out/$asset.partial"
mv "$out/$asset.partial" "$out/$asset"
(cd "$out" && sha256sum "$asset" >"$asset.sha256")

tar --list --verbose --gzip --file="$out/$asset"
echo "== $out/$asset: $(wc -c <"$out/$asset") bytes, binary $(wc -c <"$top/emcode") bytes"
echo "   $kind"
cat "$out/$asset.sha256"
