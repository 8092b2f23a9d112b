#!/usr/bin/env bash
# Creates (once), configures, starts and deploys Clientela on a Payara Server domain.
# Used by `./mvnw -Prun` (with --foreground) and by the system tests (without it).
#
#   clientela-domain.sh --payara DIR --domain NAME --portbase N --ear FILE --jdbc-driver JAR [--foreground]
#
# Database: with CLIENTELA_DB_URL (and CLIENTELA_DB_USER / CLIENTELA_DB_PASSWORD) the datasource
# jdbc/clientela points at that PostgreSQL; without it, at an embedded H2 file database inside the
# domain, and demo data is loaded. CLIENTELA_DEMO=true|false overrides the demo-data choice.
# Every other CLIENTELA_* variable reaches the server as MicroProfile Config (e.g. the one-time setup's
# CLIENTELA_SETUP_COMPANY_SLUG, see README).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
foreground=false
while [ $# -gt 0 ]; do
  case "$1" in
    --payara) payara="$2"; shift 2 ;;
    --domain) domain="$2"; shift 2 ;;
    --portbase) portbase="$2"; shift 2 ;;
    --ear) ear="$2"; shift 2 ;;
    --jdbc-driver) driver="$2"; shift 2 ;;
    --foreground) foreground=true; shift ;;
    *) echo "clientela-domain.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
: "${payara:?--payara is required}" "${domain:?--domain is required}" "${portbase:?--portbase is required}"
: "${ear:?--ear is required}" "${driver:?--jdbc-driver is required}"

admin_port=$((portbase + 48))
http_port=$((portbase + 80))
asadmin() { "$payara/bin/asadmin" --port "$admin_port" "$@"; }
# asadmin separates properties with ':' — escape the ones inside values.
escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

domain_dir="$payara/glassfish/domains/$domain"
new_domain=false
if [ ! -d "$domain_dir" ]; then
  echo "Clientela: criando o domínio Payara '$domain' (portas a partir de $portbase)..."
  "$payara/bin/asadmin" create-domain --nopassword --portbase "$portbase" "$domain" >/dev/null
  new_domain=true
fi
cp "$driver" "$domain_dir/lib/postgresql.jar"
cp "$payara/h2db/bin/h2.jar" "$domain_dir/lib/h2.jar"

echo "Clientela: iniciando o Payara Server..."
# A domain left running by an earlier run is restarted so this run's environment (CLIENTELA_*) applies.
"$payara/bin/asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
"$payara/bin/asadmin" start-domain "$domain" >/dev/null
if $new_domain; then
  asadmin multimode --file "$here/domain.asadmin" >/dev/null
  "$payara/bin/asadmin" restart-domain "$domain" >/dev/null
fi

stop() {
  # Ctrl-C reaches Maven too, which may end this script or close its output at once: stop the domain in a
  # session of its own so it finishes regardless, and ignore further signals while waiting for it.
  trap '' INT TERM HUP PIPE
  echo
  echo "Clientela: parando o Payara Server..." || true
  setsid "$payara/bin/asadmin" stop-domain "$domain" </dev/null >/dev/null 2>&1 &
  wait $! || true
  exit 0
}

if [ -n "${CLIENTELA_DB_URL:-}" ]; then
  pool_props="url=$(escape "$CLIENTELA_DB_URL")"
  # asadmin refuses empty property values and Payara needs a password property: "()" is asadmin's empty
  # string (PostgreSQL with trust authentication needs no password).
  [ -n "${CLIENTELA_DB_USER:-}" ] && pool_props="$pool_props:user=$(escape "$CLIENTELA_DB_USER")"
  if [ -n "${CLIENTELA_DB_PASSWORD:-}" ]; then
    pool_props="$pool_props:password=$(escape "$CLIENTELA_DB_PASSWORD")"
  else
    pool_props="$pool_props:password=()"
  fi
  pool_class=org.postgresql.ds.PGSimpleDataSource
  demo="${CLIENTELA_DEMO:-false}"
  database="PostgreSQL ($CLIENTELA_DB_URL)"
else
  h2_url='jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/clientela;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE'
  pool_props="url=$(escape "$h2_url"):user=clientela:password=clientela"
  pool_class=org.h2.jdbcx.JdbcDataSource
  demo="${CLIENTELA_DEMO:-true}"
  database="H2 embutido ($domain_dir/lib/databases/clientela)"
fi
asadmin delete-jdbc-resource jdbc/clientela >/dev/null 2>&1 || true
asadmin delete-jdbc-connection-pool clientela-pool >/dev/null 2>&1 || true
asadmin create-jdbc-connection-pool --datasourceclassname "$pool_class" --restype javax.sql.DataSource \
  --steadypoolsize 2 --maxpoolsize 32 --isconnectvalidatereq=true --validationmethod auto-commit \
  --property "$pool_props" clientela-pool >/dev/null
asadmin create-jdbc-resource --connectionpoolid clientela-pool jdbc/clientela >/dev/null
asadmin set-config-property --source domain --propertyName clientela.demo --propertyValue "$demo" >/dev/null

echo "Clientela: implantando $(basename "$ear") em $database..."
if ! asadmin deploy --force=true --name clientela "$ear" >/dev/null; then
  echo "Clientela: a implantação falhou; veja $domain_dir/logs/server.log" >&2
  "$payara/bin/asadmin" stop-domain "$domain" >/dev/null || true
  exit 1
fi

cat <<TEXT

  Clientela está no ar.
    Equipe (back office):  http://localhost:$http_port/
    Portal do cliente:     http://localhost:$http_port/portal/pethotel
    Saúde (readiness):     http://localhost:$http_port/health/ready
    API:                   http://localhost:$http_port/api/v1   (OpenAPI: http://localhost:$http_port/openapi)
    Banco de dados:        $database
TEXT
if [ "$demo" = "true" ]; then
  cat <<TEXT

  Logins de demonstração (senha de demonstração: Clientela2026):
    admin@pethotel.demo  gerente@pethotel.demo  equipe@pethotel.demo
    admin@clinica.demo   gerente@clinica.demo   equipe@clinica.demo
TEXT
fi

if $foreground; then
  trap stop INT TERM
  echo
  echo "  Ctrl-C para parar."
  while true; do sleep 1; done
fi
