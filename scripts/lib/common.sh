# Shared helpers for scripts/*: logging, privilege, the build directory.
# shellcheck shell=bash

OV_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OV_BUILD_DIR="${OV_BUILD_DIR:-$OV_ROOT/build}"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33mwarning:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Configures (once) and builds the project in $OV_BUILD_DIR.
ov_build() {
    local type="${OV_BUILD_TYPE:-RelWithDebInfo}"
    if [ ! -f "$OV_BUILD_DIR/build.ninja" ]; then
        say "configuring $OV_BUILD_DIR ($type)"
        cmake -S "$OV_ROOT" -B "$OV_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    fi
    say "building (ninja, $(nproc) jobs)"
    cmake --build "$OV_BUILD_DIR" --parallel "$(nproc)"
}
