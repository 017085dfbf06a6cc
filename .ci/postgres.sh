#!/usr/bin/env bash
# Starts a local PostgreSQL for the postgres store tests, idempotently:
# installs Debian's postgresql package when missing, creates and starts the
# cluster, creates role claimtrail and database claimtrail_test, and prints
# the line that points the tests at it. Use:
#
#	eval "$(bash .ci/postgres.sh)"
#	go test ./postgres/...
#
# Everything but that export line goes to stderr.
set -euo pipefail

user=claimtrail
password=claimtrail
db=claimtrail_test

log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null; then
	log "installing postgresql"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq postgresql >&2
fi

ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
	log "creating cluster $ver/main"
	pg_createcluster "$ver" main >&2
fi
port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" { print $3 }')
status=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" { print $4 }')
if [ "$status" != "online" ]; then
	log "starting cluster $ver/main on port $port"
	pg_ctlcluster "$ver" main start >&2
fi
for _ in $(seq 1 60); do
	pg_isready -q -h 127.0.0.1 -p "$port" && break
	sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$port" >&2

psql_admin() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" ]; then
	log "creating role $user"
	psql_admin -c "CREATE ROLE $user LOGIN PASSWORD '$password'" >&2
fi
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
	log "creating database $db"
	psql_admin -c "CREATE DATABASE $db OWNER $user" >&2
fi

echo "export CLAIMTRAIL_TEST_POSTGRES='postgres://$user:$password@127.0.0.1:$port/$db?sslmode=disable'"
