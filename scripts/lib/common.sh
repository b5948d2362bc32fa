# Shared by the project's scripts: finds a JDK >= 21 and installs the Debian packages the
# service needs at run time. Source it; it defines functions only.

# Prints the major version of the java binary in $1.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F= '/java.specification.version/ {gsub(/ /, "", $2); print $2}'
}

# Exports JAVA_HOME as a JDK >= 21: $JAVA_HOME when new enough, else the newest under /usr/lib/jvm.
use_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    export JAVA_HOME; return 0
  fi
  local best="" best_v=0 dir v
  for dir in /usr/lib/jvm/*/; do
    dir=${dir%/}
    [ -x "$dir/bin/javac" ] || continue
    v=$(java_major "$dir/bin/java")
    if [ "${v:-0}" -ge 21 ] 2>/dev/null && [ "$v" -gt "$best_v" ]; then best=$dir; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    echo "error: no JDK >= 21 found (set JAVA_HOME, or install Temurin 21+ under /usr/lib/jvm)" >&2
    return 1
  fi
  export JAVA_HOME=$best
}

# Installs the Debian packages named in "$@" that are missing (as root, or through sudo).
ensure_debs() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${missing[*]} ..." >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The service's default memory bounds (README, "Memory"): the heap at half the container's memory
# limit when there is one (as the image does), else at 512 MB, so that with Tesseract's native
# memory (one engine per core) and the JVM's own the process stays within 1 GB; few malloc arenas,
# since each native OCR thread would otherwise get its own 64 MB one; an idle server gives unused
# heap back. JAVA_OPTS / MALLOC_ARENA_MAX set by the caller win.
MEMORY_OPTS="-XX:G1PeriodicGCInterval=60000"
use_memory_defaults() {
  if [ -z "${JAVA_OPTS:-}" ]; then
    local limit
    limit=$(cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || echo max)
    if [ "$limit" != max ] && [ "$limit" -lt $((1 << 40)) ] 2>/dev/null; then
      JAVA_OPTS="-XX:MaxRAMPercentage=50 $MEMORY_OPTS"
    else
      JAVA_OPTS="-Xmx512m $MEMORY_OPTS"
    fi
  fi
  export JAVA_OPTS
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
}

# JDK 25's AOT cache (JEP 483, 515): the classes an earlier run of the same build loaded and
# linked, with its method profiles, so a fresh server starts in half the CPU and spends less of its
# first minute interpreting and compiling. Prints the JVM options for the jar in $1: with no cache
# for this build yet, this run is the training run and the JVM writes the cache when it stops (a
# server killed hard writes none and the next run trains again). The cache is named after the
# build's jars (names, sizes, times), so a rebuilt jar never meets an old cache; a cache the JVM
# cannot use (damaged, other JVM) is reported and skipped, never a reason not to start.
# Nothing on JDKs before 25, or with AOT_CACHE=off.
aot_cache_opts() {
  local app=$1 dir key
  [ "${AOT_CACHE:-on}" != off ] || return 0
  [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null || return 0
  dir=$(dirname "$app")
  key=$(cd "$dir" && stat -c '%n %s %Y' "$(basename "$app")" libs/*.jar 2>/dev/null | sha256sum | cut -c1-16)
  if [ -s "$dir/aot-$key.aot" ]; then
    echo "-XX:AOTCache=$dir/aot-$key.aot"
  elif [ -w "$dir" ]; then
    rm -f "$dir"/aot-*.aot "$dir"/aot-*.aot.config
    echo "-XX:AOTCacheOutput=$dir/aot-$key.aot"
  fi
}

# OCR needs Tesseract 5 and its English data (tess4j loads libtesseract through JNA).
ensure_ocr() {
  ensure_debs libtesseract5 tesseract-ocr-eng
}

# The tests also need promtool (Debian package prometheus) for the metrics and alert-rule checks,
# and headless Chromium with its driver for the dashboard's browser tests.
ensure_test_tools() {
  ensure_debs prometheus chromium chromium-driver
}
