# Shared by scripts/run and scripts/test: install what is missing, then build.
# Sourced, not run. Quiet when everything is already in place.

ZHIBIAO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ZHIBIAO_BUILD=${ZHIBIAO_BUILD:-$ZHIBIAO_ROOT/build}

# Debian 12 packages. qt6-charts-dev forgets to depend on libqt6opengl6-dev,
# which its CMake package needs. A CJK font makes the UI and the PDFs show
# Chinese on a fresh machine. QuaZip reads .xlsx, libxlsxwriter writes it
# (found with pkg-config). libsqlite3-dev: backups call SQLite's online
# backup API on the library Qt's SQLite driver uses, and an import's bulk
# insert its prepared statements.
ZHIBIAO_PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-svg-dev qt6-pdf-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    catch2 xvfb xauth poppler-utils sqlite3 fonts-wqy-microhei
    libquazip1-qt6-dev libxlsxwriter-dev pkg-config libsqlite3-dev
)

zhibiao_install_missing() {
    local missing=()
    local package
    for package in "${ZHIBIAO_PACKAGES[@]}"; do
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
