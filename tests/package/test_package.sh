#!/usr/bin/env bash
# test_package: the Debian package that `./dev package` builds, checked with
# Debian's and freedesktop.org's own tools. It packs the build tree with cpack,
# unpacks the .deb into a temporary root (dpkg-deb -x) and runs the program
# from there; nothing is installed on the machine.
#   test_package.sh BUILD_DIR VERSION
set -euo pipefail
BUILD=$1
VERSION=$2
APP_ID=se.horisont.Horisont
MIME_TYPE=application/x-horisont-plan

WORK=$(mktemp -d "${TMPDIR:-/tmp}/horisont-package.XXXXXX")
launched=()
cleanup() {
  for pid in "${launched[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "cpack"
cpack --config "$BUILD/CPackConfig.cmake" -B "$WORK/out" >"$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log"; fail "cpack failed"; }
DEB="$WORK/out/horisont_${VERSION}_$(dpkg --print-architecture).deb"
[ -f "$DEB" ] || { ls "$WORK/out"; fail "no $DEB"; }

step "control fields"
field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = horisont ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$VERSION" ] || fail "Version: $(field Version), not $VERSION"
for f in Maintainer Section Priority Homepage Description; do
  [ -n "$(field "$f")" ] || fail "no $f field"
done
depends=$(field Depends)
echo "Depends: $depends"
# What it links (dpkg-shlibdeps) and the Qt plugins it loads by name.
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6printsupport6 \
         libqt6sql6-sqlite libqt6sql6-psql libpq5 libzip4 libxlsxwriter4 libcsv3 libsqlite3-0 libc6; do
  grep -qE "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p"
done
# Every dependency is a package of this Debian: apt resolves the .deb against it.
apt-get -s -o Debug::NoLocking=1 install "$DEB" >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log"; fail "apt-get cannot install the package"; }
grep -q "^Inst horisont ($VERSION " "$WORK/apt.log" || { cat "$WORK/apt.log"; fail "apt-get would not install horisont"; }

step "lintian"
lintian --tag-display-limit 0 "$DEB" >"$WORK/lintian.log" 2>&1 || true
grep -v "running with root privileges" "$WORK/lintian.log" || true
if grep -q "^E: " "$WORK/lintian.log"; then fail "lintian reports errors"; fi
grep -q "^[EW]: horisont" "$WORK/lintian.log" && echo "(lintian warnings above are listed in the README)"

step "unpack"
ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
BIN="$ROOT/usr/bin/horisont"
[ -x "$BIN" ] || fail "no executable /usr/bin/horisont"
# (Outputs are read whole before grep: grep -q in a pipe would stop the writer.)
kind=$(file -b "$BIN")
grep -q ", stripped" <<<"$kind" || fail "not stripped: $kind"
dynamic=$(readelf -d "$BIN")
if grep -qE "RPATH|RUNPATH" <<<"$dynamic"; then fail "the executable carries a library search path"; fi
writable=$(find "$ROOT" -perm /022 ! -type l)
[ -z "$writable" ] || fail "writable by group or others: $writable"
nonexec=$(find "$ROOT" -type f -perm /111 ! -path "$BIN")
[ -z "$nonexec" ] || fail "executable data files: $nonexec"

step "run from the package"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_CACHE_HOME="$WORK/home/.cache"
export XDG_RUNTIME_DIR="$WORK/runtime" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$WORK/plans" && chmod 700 "$XDG_RUNTIME_DIR"
unset LD_LIBRARY_PATH
libraries=$(ldd "$BIN")
if grep -q "not found" <<<"$libraries"; then echo "$libraries"; fail "a library is missing"; fi
version=$("$BIN" --version)
[ "$version" = "horisont $VERSION" ] || fail "--version printed '$version'"
PLAN="$WORK/plans/umea.horisont"
"$BIN" new --demo umea "$PLAN"
"$BIN" check "$PLAN" >/dev/null || [ $? -eq 1 ] || fail "check cannot read the new plan"
[ "$(od -An -tx1 -j68 -N4 "$PLAN" | tr -d ' ')" = 4872736e ] || fail "no application id in the plan's header"

step "desktop file"
DESKTOP="$ROOT/usr/share/applications/$APP_ID.desktop"
desktop-file-validate "$DESKTOP" || fail "desktop-file-validate"
entry() { sed -n "s/^$1=//p" "$DESKTOP"; }
[ "$(entry Exec)" = "horisont %f" ] || fail "Exec=$(entry Exec)"
[ "$(entry Icon)" = "$APP_ID" ] || fail "Icon=$(entry Icon)"
[ "$(entry MimeType)" = "$MIME_TYPE;" ] || fail "MimeType=$(entry MimeType)"

step "AppStream metainfo"
METAINFO="$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
appstreamcli validate --no-net "$METAINFO" || fail "appstreamcli validate"
xpath() { xmllint --xpath "$1" "$METAINFO"; }
[ "$(xpath 'string(/component/id)')" = "$APP_ID" ] || fail "metainfo id"
[ "$(xpath 'string(/component/launchable)')" = "$APP_ID.desktop" ] || fail "metainfo launchable"
[ "$(xpath 'string(/component/releases/release[1]/@version)')" = "$VERSION" ] || fail "the latest release is not $VERSION"
[ "$(xpath 'string(/component/provides/mediatype)')" = "$MIME_TYPE" ] || fail "metainfo mediatype"
[ "$(xpath 'count(/component/screenshots/screenshot)')" -ge 1 ] || fail "no screenshots"
# Each screenshot is one of the project's own pictures.
for url in $(xpath '/component/screenshots/screenshot/image/text()'); do
  [ -f "$(dirname "$0")/../../docs/screenshots/$(basename "$url")" ] || fail "no docs/screenshots/$(basename "$url")"
done

step "icons"
xmllint --noout "$ROOT/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 22 24 32 48 64 128 256; do
  png="$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  kind=$(file -b "$png")
  grep -q "^PNG image data, $size x $size," <<<"$kind" || fail "$png: $kind"
done

step "MIME type"
MIMEXML="$ROOT/usr/share/mime/packages/horisont.xml"
xmllint --noout "$MIMEXML"
# A data directory of its own: the freedesktop.org database (SQLite among it) plus ours.
DATA="$WORK/share"
mkdir -p "$DATA/mime/packages" "$WORK/bare/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$DATA/mime/packages/"
cp /usr/share/mime/packages/freedesktop.org.xml "$WORK/bare/mime/packages/"
cp "$MIMEXML" "$DATA/mime/packages/"
export XDG_DATA_HOME="$WORK/home/.local/share" XDG_DATA_DIRS="$DATA"
# Without an fsync per file (seconds); the directories are thrown away after.
PKGSYSTEM_ENABLE_FSYNC=0 update-mime-database "$DATA/mime"
XDG_DATA_DIRS="$WORK/bare" PKGSYSTEM_ENABLE_FSYNC=0 update-mime-database "$WORK/bare/mime"
type_of() { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
cp "$PLAN" "$WORK/plans/renamed"
sqlite3 "$WORK/plans/other.sqlite3" "CREATE TABLE t(x)"
cp "$WORK/plans/other.sqlite3" "$WORK/plans/other"
[ "$(type_of "$PLAN")" = "$MIME_TYPE" ] || fail "$PLAN is $(type_of "$PLAN")"
[ "$(type_of "$WORK/plans/renamed")" = "$MIME_TYPE" ] || fail "a plan without its extension is $(type_of "$WORK/plans/renamed")"
[ "$(type_of "$WORK/plans/other")" = application/vnd.sqlite3 ] || fail "another SQLite file is $(type_of "$WORK/plans/other")"
[ "$(XDG_DATA_DIRS="$WORK/bare" type_of "$WORK/plans/renamed")" = application/vnd.sqlite3 ] ||
  fail "without the package a plan should read as SQLite"

# The processes running the packaged executable (a temporary path: only ours).
packaged_pids() {
  for proc in /proc/[0-9]*; do
    [ "$(readlink "$proc/exe" 2>/dev/null)" = "$BIN" ] && echo "${proc#/proc/}"
  done
  return 0
}

step "the menu entry starts the window"
mkdir -p "$DATA/applications"
cp "$DESKTOP" "$DATA/applications/"
export PATH="$ROOT/usr/bin:$PATH"
gio launch "$DATA/applications/$APP_ID.desktop"
started=""
for _ in $(seq 50); do
  started=$(packaged_pids)
  [ -n "$started" ] && break
  sleep 0.2
done
[ -n "$started" ] || fail "the menu entry's command did not start horisont"
launched+=($started)
sleep 2
for pid in $started; do
  # (An ended process left unreaped keeps its /proc entry but no executable.)
  [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$BIN" ] || fail "the window started from the menu entry ended at once"
  kill "$pid"
done

step "double-click: the default application opens the plan"
update-desktop-database "$DATA/applications"
default=$(gio mime "$MIME_TYPE")
grep -q "^Default application for .*: $APP_ID.desktop$" <<<"$default" || { echo "$default"; fail "not the default application"; }
gio open "$WORK/plans/renamed"
opened=""
for _ in $(seq 100); do
  for pid in $(packaged_pids); do
    [[ " ${launched[*]} " == *" $pid "* ]] || launched+=("$pid")
    for fd in /proc/"$pid"/fd/*; do
      [ "$(readlink "$fd" 2>/dev/null)" = "$WORK/plans/renamed" ] && opened=$pid
    done
  done
  [ -n "$opened" ] && break
  sleep 0.2
done
[ -n "$opened" ] || fail "the window did not open the plan it was given"
kill "$opened"

step "man page"
MANPAGE="$ROOT/usr/share/man/man1/horisont.1.gz"
MANWIDTH=100 man --warnings -l "$MANPAGE" >"$WORK/man.txt" 2>"$WORK/man.err" || fail "man -l"
[ ! -s "$WORK/man.err" ] || { cat "$WORK/man.err"; fail "groff warns"; }
grep -q "^NAME" "$WORK/man.txt" || fail "the man page renders no NAME"
commands=$("$BIN" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z-]*\) .*/\1/p')
[ "$(wc -w <<<"$commands")" -ge 20 ] || fail "too few commands in --help: $commands"
for c in $commands; do
  grep -qE "^   $c( |$)" "$WORK/man.txt" || fail "the man page has no section for '$c'"
done

step "documentation"
DOC="$ROOT/usr/share/doc/horisont"
grep -q "^License: GPL-3.0-or-later" "$DOC/copyright" || fail "copyright"
[ "$(zcat "$DOC/changelog.gz" | dpkg-parsechangelog -l- -SVersion)" = "$VERSION" ] || fail "changelog's version"

echo "test_package: $(basename "$DEB") passed"
