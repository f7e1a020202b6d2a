#!/bin/sh
# The container's entrypoint: renders the nginx configuration from the environment, then runs
# nginx in the foreground. See render-nginx-conf.sh for the variables.
set -eu
work=/var/lib/halo-outlook
/opt/halo-outlook/render-nginx-conf.sh /opt/halo-outlook/nginx.conf "$work/nginx.conf"
exec nginx -p "$work/" -e stderr -c "$work/nginx.conf" -g 'daemon off;'
