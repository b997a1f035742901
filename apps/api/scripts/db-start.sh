#!/usr/bin/env bash
# A throwaway MariaDB for tests and CI: 127.0.0.1:${DB_PORT:-33306}, its own datadir, no systemd, as root.
# Creates database xiaoqu and user xiaoqu/xiaoqu with rights on xiaoqu and xiaoqu_test* (one test database per Jest worker).
set -euo pipefail
DB_PORT=${DB_PORT:-33306}
DB_DIR=${DB_DIR:-$(cd "$(dirname "$0")/.." && pwd)/.mariadb}
command -v mariadbd >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mariadb-server mariadb-client >/dev/null; }
SOCK=$DB_DIR/mysqld.sock
if [ -S "$SOCK" ] && mariadb-admin --socket="$SOCK" -uroot ping >/dev/null 2>&1; then echo "mariadb already up on 127.0.0.1:$DB_PORT"; exit 0; fi
rm -rf "$DB_DIR"; mkdir -p "$DB_DIR/data"
mariadb-install-db --no-defaults --user=root --datadir="$DB_DIR/data" --auth-root-authentication-method=socket --skip-test-db >"$DB_DIR/install.log" 2>&1
mariadbd --no-defaults --user=root --datadir="$DB_DIR/data" \
  --bind-address=127.0.0.1 --port="$DB_PORT" --socket="$SOCK" --pid-file="$DB_DIR/mysqld.pid" \
  --log-error="$DB_DIR/error.log" --skip-name-resolve \
  --innodb-buffer-pool-size=256M --innodb-log-file-size=64M \
  --innodb-flush-log-at-trx-commit=2 --skip-log-bin --max-connections=500 \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  >/dev/null 2>&1 &
for _ in $(seq 1 150); do mariadb-admin --socket="$SOCK" -uroot ping >/dev/null 2>&1 && break; sleep 0.2; done
mariadb-admin --socket="$SOCK" -uroot ping >/dev/null || { echo "mariadb did not start; see $DB_DIR/error.log"; exit 1; }
mariadb --socket="$SOCK" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS xiaoqu;
CREATE USER IF NOT EXISTS 'xiaoqu'@'127.0.0.1' IDENTIFIED BY 'xiaoqu';
CREATE USER IF NOT EXISTS 'xiaoqu'@'localhost' IDENTIFIED BY 'xiaoqu';
GRANT ALL ON \`xiaoqu\`.* TO 'xiaoqu'@'127.0.0.1'; GRANT ALL ON \`xiaoqu\_test%\`.* TO 'xiaoqu'@'127.0.0.1';
GRANT ALL ON \`xiaoqu\`.* TO 'xiaoqu'@'localhost'; GRANT ALL ON \`xiaoqu\_test%\`.* TO 'xiaoqu'@'localhost';
SQL
echo "mariadb up on 127.0.0.1:$DB_PORT (DATABASE_URL=mariadb://xiaoqu:xiaoqu@127.0.0.1:$DB_PORT/xiaoqu)"
