#!/bin/sh
# Renders deploy/nginx.conf for this deployment.
# Usage: render-nginx-conf.sh <template> <output>
# Environment (all optional):
#   LISTEN             where nginx listens: a port or address:port (default 8080)
#   SITE_ROOT          the folder with the built add-in (default /usr/share/halo-outlook)
#   HALO_URL           your Halo URL, e.g. https://example.halopsa.com: the only API origin the
#                      pane may call (default: any https origin, for users who enter their own)
#   EXTRA_CONNECT_SRC  more origins the pane may call, space-separated (e.g. a separate Halo
#                      auth host, or https://login.microsoftonline.com https://graph.microsoft.com
#                      for Microsoft Entra features)
#   FRAME_ANCESTORS    the origins that may show the pane in a frame (default: Outlook's web hosts)
set -eu

template=${1:?Usage: render-nginx-conf.sh <template> <output>}
output=${2:?Usage: render-nginx-conf.sh <template> <output>}

fail() {
  echo "render-nginx-conf: $*" >&2
  exit 1
}

# An origin or a space-separated list of them: https://host[:port], optionally *.host.
origins() {
  name=$1
  shift
  for origin in "$@"; do
    printf '%s' "$origin" | grep -Eq '^https://(\*\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?$' ||
      fail "$name: \"$origin\" is not an origin; write https://host[:port], with no path."
  done
  printf '%s' "$*"
}

listen=${LISTEN:-8080}
printf '%s' "$listen" | grep -Eq '^([0-9.]+:|\[[0-9a-fA-F:]+\]:)?[0-9]{1,5}$' ||
  fail "LISTEN: \"$listen\" is not a port or address:port, e.g. 8080 or 127.0.0.1:8080."

root=${SITE_ROOT:-/usr/share/halo-outlook}
case $root in
  /*) ;;
  *) fail "SITE_ROOT: \"$root\" must be an absolute path." ;;
esac
printf '%s' "$root" | grep -Eq '^[A-Za-z0-9/._-]+$' ||
  fail "SITE_ROOT: \"$root\" may contain only letters, digits and / . _ -"
[ -f "$root/index.html" ] || fail "SITE_ROOT: $root has no index.html; copy the build (dist/addin/browser) there."

halo=
if [ -n "${HALO_URL:-}" ]; then
  # The origin of the Halo URL: scheme and host, without a path.
  halo=$(printf '%s' "$HALO_URL" | sed -E 's#^(https://[^/?#]+).*$#\1#')
  halo=$(origins HALO_URL "$halo")
fi
# shellcheck disable=SC2086 # word splitting is the point: the variables are lists
extra=$(origins EXTRA_CONNECT_SRC ${EXTRA_CONNECT_SRC:-})
connect="${halo:-https:} $extra"
img="${halo}"
default_ancestors='https://outlook.office.com https://outlook.office365.com https://outlook.cloud.microsoft https://outlook.live.com https://*.officeapps.live.com'
# shellcheck disable=SC2086
ancestors=$(origins FRAME_ANCESTORS ${FRAME_ANCESTORS:-$default_ancestors})

sed -e "s|__LISTEN__|$listen|g" \
  -e "s|__ROOT__|$root|g" \
  -e "s|__CONNECT_SRC__|$(printf '%s' "$connect" | sed 's/ *$//')|g" \
  -e "s|__IMG_SRC__|$img|g" \
  -e "s|__FRAME_ANCESTORS__|$ancestors|g" \
  -e 's|  *;|;|g' \
  "$template" >"$output"
