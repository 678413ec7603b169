# Shared by scripts/run and scripts/test: install what is missing, then build.
# Sourced, not run. Quiet when everything is already in place.

ZHIBIAO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ZHIBIAO_BUILD=${ZHIBIAO_BUILD:-$ZHIBIAO_ROOT/build}
# The AddressSanitizer + UBSan build of the suite, and the fuzz targets.
ZHIBIAO_ASAN_BUILD=${ZHIBIAO_ASAN_BUILD:-$ZHIBIAO_ROOT/build-asan}
ZHIBIAO_FUZZ_BUILD=${ZHIBIAO_FUZZ_BUILD:-$ZHIBIAO_ROOT/build-fuzz}

# Any sanitizer report fails the program that made it. Leaks are not
# checked: Qt, fontconfig and ICU keep caches until exit on purpose, and
# suppressing them one by one would hide little of ours (docs/reliability.md).
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=0:detect_leaks=0:detect_stack_use_after_return=1:strict_init_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

# Debian 12 packages. qt6-charts-dev forgets to depend on libqt6opengl6-dev,
# which its CMake package needs. A CJK font makes the UI and the PDFs show
# Chinese on a fresh machine. QuaZip reads .xlsx, libxlsxwriter writes it
# (found with pkg-config). libsqlite3-dev: backups call SQLite's online
# backup API on the library Qt's SQLite driver uses, and an import's bulk
# insert its prepared statements. libpng-dev: the .odt report encodes its
# charts with libpng's fast writer. clang with libclang-rt-14-dev builds the
# libFuzzer targets (scripts/fuzz); llvm brings llvm-symbolizer, which turns
# sanitizer reports into file:line stacks. libqt6sql6-psql and libpq-dev
# reach a shared PostgreSQL server (a server's bulk insert uses libpq's
# COPY); postgresql is the throw-away server the tests start for
# themselves (tests/postgresql/). scripts/package builds the Debian
# package with CPack, which needs dpkg-dev (dpkg-shlibdeps) and file, and
# checks it with desktop-file-utils, appstream and lintian.
ZHIBIAO_PACKAGES=(
    cmake ninja-build g++ clang libclang-rt-14-dev llvm
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-svg-dev qt6-pdf-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    catch2 xvfb xauth poppler-utils sqlite3 fonts-wqy-microhei
    libquazip1-qt6-dev libxlsxwriter-dev pkg-config libsqlite3-dev libpng-dev
    libqt6sql6-psql libpq-dev postgresql
    dpkg-dev file desktop-file-utils appstream lintian
)

# Installs what is missing of ZHIBIAO_PACKAGES and of the packages named
# as arguments (scripts/test adds what only the tests need).
zhibiao_install_missing() {
    local missing=()
    local package
    for package in "${ZHIBIAO_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "zhibiao: please run as root to install: ${missing[*]}" >&2; exit 1; }
        sudo=sudo
    fi
    echo "zhibiao: installing ${missing[*]}" >&2
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

zhibiao_build() {
    # Warnings are errors: the only supported compiler is Debian 12's, and
    # our code builds clean with it.
    cmake -S "$ZHIBIAO_ROOT" -B "$ZHIBIAO_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DZHIBIAO_WERROR=ON --log-level=WARNING >/dev/null
    cmake --build "$ZHIBIAO_BUILD" -- --quiet
}

# The whole suite with AddressSanitizer and UndefinedBehaviorSanitizer
# (g++), in its own folder. Warnings are the plain build's job: optimisation
# with sanitizers adds false ones.
zhibiao_build_sanitized() {
    cmake -S "$ZHIBIAO_ROOT" -B "$ZHIBIAO_ASAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DZHIBIAO_SANITIZE=ON --log-level=WARNING >/dev/null
    cmake --build "$ZHIBIAO_ASAN_BUILD" --target core_tests app_tests -- --quiet
}

# The core and the libFuzzer targets only (clang++), see tests/fuzz/.
zhibiao_build_fuzz() {
    CXX=clang++ cmake -S "$ZHIBIAO_ROOT" -B "$ZHIBIAO_FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DZHIBIAO_FUZZ=ON --log-level=WARNING >/dev/null
    cmake --build "$ZHIBIAO_FUZZ_BUILD" -- --quiet
}
