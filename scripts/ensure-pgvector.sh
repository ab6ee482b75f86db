#!/usr/bin/env bash
# Makes sure the machine's PostgreSQL has the pgvector extension, building it from Debian's own
# source package (trixie; bookworm ships no pgvector) when it is missing. Does nothing when present.
set -euo pipefail

PG_MAJOR="${PG_MAJOR:-$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)}"
PG_MAJOR="${PG_MAJOR:-15}"
ext_dir="/usr/share/postgresql/${PG_MAJOR}/extension"

if [ -f "${ext_dir}/vector.control" ]; then
  echo "pgvector: already installed for PostgreSQL ${PG_MAJOR}"
  exit 0
fi

echo "pgvector: not installed for PostgreSQL ${PG_MAJOR}; building from Debian's source package"
export DEBIAN_FRONTEND=noninteractive

# Source lists for trixie, used only for `apt-get source` (deb-src, never binary packages).
src_list=/etc/apt/sources.list.d/dasan-trixie-src.sources
if [ ! -f "$src_list" ]; then
  cat > "$src_list" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

apt-get update -qq
apt-get install -y -qq --no-install-recommends "postgresql-server-dev-${PG_MAJOR}" build-essential dpkg-dev >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get source -qq --download-only pgvector
dpkg-source -x --no-check ./pgvector_*.dsc pgvector-src >/dev/null
cd pgvector-src
make -s PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config" OPTFLAGS="" >/dev/null
make -s install PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config" >/dev/null
echo "pgvector: installed $(grep default_version "${ext_dir}/vector.control")"

# Installing the server dev package can upgrade and stop the running server: bring it back.
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "pgvector: PostgreSQL is down after the install; starting it"
  pg_ctlcluster --skip-systemctl-redirect "${PG_MAJOR}" main start || true
fi
