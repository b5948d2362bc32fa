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

# OCR needs Tesseract 5 and its English data (tess4j loads libtesseract through JNA).
ensure_ocr() {
  ensure_debs libtesseract5 tesseract-ocr-eng
}

# The tests also need promtool (Debian package prometheus) for the metrics and alert-rule checks,
# and headless Chromium with its driver for the dashboard's browser tests.
ensure_test_tools() {
  ensure_debs prometheus chromium chromium-driver
}
