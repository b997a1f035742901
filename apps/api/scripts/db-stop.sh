#!/usr/bin/env bash
# Stops the throwaway MariaDB started by db-start.sh.
DB_DIR=${DB_DIR:-$(cd "$(dirname "$0")/.." && pwd)/.mariadb}
if [ -S "$DB_DIR/mysqld.sock" ]; then mariadb-admin --socket="$DB_DIR/mysqld.sock" -uroot shutdown || true; fi
