# Sourced by ./fonti and ./build: finds a JDK >= 21 without the user setting JAVA_HOME.
# Order: $JAVA_HOME, the `java` on PATH, then every JDK in the usual system folders (newest first).

fonti_jdk_major() {  # prints the major version of the JDK at $1, or nothing
  local home=$1 line
  if [ -f "$home/release" ]; then
    line=$(grep -m1 '^JAVA_VERSION=' "$home/release" | tr -d '"')
    line=${line#JAVA_VERSION=}
  elif [ -x "$home/bin/java" ]; then
    line=$("$home/bin/java" -version 2>&1 | head -n1 | sed -E 's/.*version "([^"]+)".*/\1/')
  fi
  line=${line#1.}
  printf '%s' "${line%%[.+-]*}"
}

fonti_find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* 2>/dev/null | sort -rV); do
    candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(fonti_jdk_major "$c")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      printf '%s' "$c"
      return 0
    fi
  done
  return 1
}

if ! FONTI_JDK=$(fonti_find_jdk); then
  echo "fonti: needs a JDK 21 or newer (none found in JAVA_HOME, PATH or /usr/lib/jvm); install one or set JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME="$FONTI_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
# Quiets JDK 24+ warnings about sun.misc.Unsafe use inside Maven itself.
if [ "$(fonti_jdk_major "$JAVA_HOME")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
