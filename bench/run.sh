#!/usr/bin/env bash
# Kiosque read benchmark: the packaged app against a local PostgreSQL holding 20,000 articles,
# loaded with wrk over loopback. Figures go to docs/benchmarks.md by hand, with the machine.
#
# Needs: a PostgreSQL you can reach as a superuser through `psql` (default: local socket as the
# `postgres` user, PG_SUPERUSER_CMD overrides), and wrk (apt-get install wrk).
# Usage: bench/run.sh [duration, default 20s] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20s}
CONNECTIONS=${2:-16}
DB=kiosque_bench
PSQL=${PG_SUPERUSER_CMD:-"su postgres -c psql"}
PORT=${BENCH_PORT:-8089}
BASE=http://127.0.0.1:$PORT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

echo "== fresh database $DB"
$PSQL <<SQL >/dev/null
drop database if exists $DB;
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'kiosque_bench') then
    create role kiosque_bench login password 'kiosque_bench';
  end if;
end \$\$;
create database $DB owner kiosque_bench;
SQL

export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB
export QUARKUS_DATASOURCE_USERNAME=kiosque_bench QUARKUS_DATASOURCE_PASSWORD=kiosque_bench
export QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN

echo "== migrate (first start), then seed"
java -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 1; done
PGPASSWORD=kiosque_bench psql -q -h 127.0.0.1 -U kiosque_bench -d $DB -f bench/seed.sql >/dev/null

run() {
  local name=$1 path=$2
  echo "== $name: GET $path ($DURATION, $CONNECTIONS connections)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
}

# warm-up
wrk -t2 -c"$CONNECTIONS" -d10s "$BASE/api/v1/articles" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s "$BASE/api/v1/articles/article-10000" >/dev/null

run "list, 20 per page"  "/api/v1/articles"
run "list, 100 per page" "/api/v1/articles?size=100"
run "list, deep page"    "/api/v1/articles?page=900&size=20"
run "list by tag"        "/api/v1/articles?tag=mot-14"
run "article by slug"    "/api/v1/articles/article-10000"
run "sections"           "/api/v1/sections"
echo "== 304 revalidation"
ETAG=$(curl -sI "$BASE/api/v1/articles/article-10000" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "If-None-Match: $ETAG" "$BASE/api/v1/articles/article-10000" \
  | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
