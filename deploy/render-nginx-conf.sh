#!/bin/sh
# Renders deploy/nginx.conf for this deployment.
# Usage: render-nginx-conf.sh <template> <output>
# Environment (all optional):
#   LISTEN             where nginx listens: a port or address:port (default 8080)
#   SITE_ROOT          the folder with the built add-in (default /usr/share/halo-outlook)
#   HALO_URL           your Halo URL, e.g. https://example.halopsa.com: the only API origin the
#                      pane may call (default: any https origin, for users who enter their own)
#   EXTRA_CONNECT_SRC  more origins the pane may call, space-separated (e.g. a separate Halo
#                      auth host)
#   ENTRA_CLIENT_ID    the organisation's Microsoft Entra app (as in the add-in's entraClientId):
#                      when set, the Entra authority and Microsoft Graph join connect-src
#   ENTRA_AUTHORITY    the Entra authority, when not https://login.microsoftonline.com/organizations
#   GRAPH_URL          Microsoft Graph, when not https://graph.microsoft.com/v1.0
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
# The Microsoft Entra features, only when the organisation has an Entra app: the pane calls the
# authority (sign-in, tokens) and Microsoft Graph.
entra=
if [ -n "${ENTRA_CLIENT_ID:-}" ]; then
  printf '%s' "$ENTRA_CLIENT_ID" | grep -Eq '^[A-Za-z0-9._:-]{1,128}$' ||
    fail "ENTRA_CLIENT_ID: \"$ENTRA_CLIENT_ID\" is not an application id, e.g. 00000000-0000-0000-0000-000000000000."
  authority=$(printf '%s' "${ENTRA_AUTHORITY:-https://login.microsoftonline.com/organizations}" |
    sed -E 's#^(https://[^/?#]+).*$#\1#')
  authority=$(origins ENTRA_AUTHORITY "$authority")
  graph=$(printf '%s' "${GRAPH_URL:-https://graph.microsoft.com/v1.0}" |
    sed -E 's#^(https://[^/?#]+).*$#\1#')
  graph=$(origins GRAPH_URL "$graph")
  entra="$authority $graph"
elif [ -n "${ENTRA_AUTHORITY:-}${GRAPH_URL:-}" ]; then
  fail "ENTRA_AUTHORITY and GRAPH_URL take effect with ENTRA_CLIENT_ID: set it to your Entra app's id, or unset them."
fi
# shellcheck disable=SC2086 # word splitting is the point: the variables are lists
extra=$(origins EXTRA_CONNECT_SRC ${EXTRA_CONNECT_SRC:-})
connect="${halo:-https:} $entra $extra"
img="${halo}"
default_ancestors='https://outlook.office.com https://outlook.office365.com https://outlook.cloud.microsoft https://outlook.live.com https://*.officeapps.live.com'
# shellcheck disable=SC2086
ancestors=$(origins FRAME_ANCESTORS ${FRAME_ANCESTORS:-$default_ancestors})

sed -e "s|__LISTEN__|$listen|g" \
  -e "s|__ROOT__|$root|g" \
  -e "s|__CONNECT_SRC__|$(printf '%s' "$connect" | tr -s ' ' | sed 's/ *$//')|g" \
  -e "s|__IMG_SRC__|$img|g" \
  -e "s|__FRAME_ANCESTORS__|$ancestors|g" \
  -e 's|  *;|;|g' \
  "$template" >"$output"
