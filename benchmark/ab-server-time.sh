#!/usr/bin/env bash
# A/B of the API's per-request server time: the EAR before issue 11 (4bb2d98) against HEAD, same machine, same Payara.
set -uo pipefail
# From the repository root, with Payara unpacked as in BENCHMARKS.md's Reproduce and PostgreSQL at 127.0.0.1:5432:
#   PAYARA=target/bench/payara/payara6 OLD_EAR=/path/to/old/clientela.ear NEW_EAR=ear/target/clientela.ear \
#   bash benchmark/ab-server-time.sh
: "${PAYARA:?}" "${OLD_EAR:?}" "${NEW_EAR:?}"
REPO="$PWD"
probe() { # name, EAR, repository (for config/), port base
  local name=$1 ear=$2 clone=$3 base=$4 db=clientela_ab_$1
  dropdb -h 127.0.0.1 -U postgres --if-exists $db; createdb -h 127.0.0.1 -U postgres $db
  cd $clone
  CLIENTELA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db CLIENTELA_DB_USER=postgres \
  CLIENTELA_SETUP_COMPANY_SLUG=ab CLIENTELA_SETUP_COMPANY_NAME="AB Ltda" CLIENTELA_SETUP_ADMIN_EMAIL=admin@ab.example \
  CLIENTELA_SETUP_ADMIN_NAME="Admin AB" CLIENTELA_SETUP_ADMIN_PASSWORD='Benchmark2026!' \
  bash config/clientela-domain.sh --payara "$PAYARA" --domain ab-$name --portbase $base \
     --ear $ear --jdbc-driver ~/.m2/repository/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar > /tmp/ab-$name-domain.log 2>&1 || { echo "$name: domain failed"; tail -5 /tmp/ab-$name-domain.log; return; }
  local B=http://localhost:$((base+80))
  local T=$(curl -s -u 'admin@ab.example:Benchmark2026!' -H 'Content-Type: application/json' -d '{"name":"probe"}' $B/api/v1/api-tokens | python3 -c "import sys,json;print(json.load(sys.stdin)['token'])")
  for path in "/api/v1/company" "/api/v1/clients?page=0&size=20"; do
    for i in $(seq 1 300); do curl -s -o /dev/null -H "Authorization: Bearer $T" "$B$path"; done
    for i in $(seq 1 300); do curl -s -o /dev/null -D - -H "Authorization: Bearer $T" "$B$path" | grep -i server-timing | sed 's/.*dur=//'; done | tr -d '\r' | sort -n \
      | awk -v p="$name $path" '{a[NR]=$1} END {print p, "n="NR, "p50="a[int(NR*0.5)], "p95="a[int(NR*0.95)], "min="a[1]}'
  done
  "$PAYARA"/bin/asadmin stop-domain ab-$name > /dev/null 2>&1
  dropdb -h 127.0.0.1 -U postgres --if-exists $db
}
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
probe old "$OLD_EAR" "$REPO" 28000
probe new "$NEW_EAR" "$REPO" 28500
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
