#!/usr/bin/env bash
# Restores SIAP Pilkada from a folder written by deploy/backup.sh: the database and the file store as they were
# when the backup was taken. See docs/deployment.md ("Backup and restore").
#
#   deploy/restore.sh BACKUP_FOLDER --yes
#
# STOP THE APPLICATION (every node) FIRST. Uses the same environment as backup.sh (SIAP_DB_URL, SIAP_DB_USER,
# SIAP_DB_PASSWORD, SIAP_STORAGE_DIR, and SIAP_JAR for H2). What it does:
#   1. checks the backup against its checksums (nothing is touched if one does not match);
#   2. MySQL/MariaDB: drops every table of the database and loads the dump; H2: replaces the database file;
#   3. moves the current file store aside (to SIAP_STORAGE_DIR.before-restore-<time>) and puts the backup's files
#      in its place. Remove the moved-aside folder once the restored application has been checked.
set -euo pipefail

log() { printf '[restore] %s\n' "$*"; }
die() { printf '[restore] ERROR: %s\n' "$*" >&2; exit 1; }

[[ $# -ge 1 ]] || die "usage: deploy/restore.sh BACKUP_FOLDER --yes"
source_dir=$(cd "$1" && pwd) || die "no such folder: $1"
[[ ${2:-} == --yes ]] || die "this replaces the database and the file store; stop the application and add --yes"

. "$(dirname "${BASH_SOURCE[0]}")/backup-common.sh"

started=$(date +%s.%N)
log "checking $source_dir"
[[ -f $source_dir/SHA256SUMS ]] || die "$source_dir is not a complete backup (no SHA256SUMS)"
(cd "$source_dir" && sha256sum --quiet -c SHA256SUMS) || die "the backup's checksums do not match"
(cd "$source_dir/files" && sha256sum --quiet -c ../files.sha256) || die "files of the backup do not match their checksums"
kind=$(sed -n 's/^database=//p' "$source_dir/backup.properties")

case $DB_URL in
    jdbc:mysql:* | jdbc:mariadb:*)
        [[ $kind == mysql ]] || die "the backup holds a $kind database, SIAP_DB_URL names MySQL/MariaDB"
        mysql_address
        client=$(command -v mysql || command -v mariadb) || die "the mysql (or mariadb) client is not installed"
        sql() { MYSQL_PWD=$DB_PASSWORD "$client" --protocol=TCP -h "$host" -P "$port" -u "${DB_USER:-root}" \
            --default-character-set=utf8mb4 "$@"; }
        log "emptying database $database on $host:$port"
        tables=$(sql -N -B -e "select concat('\`', table_name, '\`') from information_schema.tables
            where table_schema = '$database'" | paste -sd, -)
        if [[ -n $tables ]]; then
            sql "$database" -e "set foreign_key_checks = 0; drop table $tables; set foreign_key_checks = 1;"
        fi
        log "loading the dump"
        gzip -dc "$source_dir/database.sql.gz" | sql "$database"
        ;;
    jdbc:h2:*)
        [[ $kind == h2 ]] || die "the backup holds a $kind database, SIAP_DB_URL names H2"
        path=${DB_URL#jdbc:h2:file:}
        path=${path%%;*}
        folder=$(dirname "$path")
        mkdir -p "$folder"
        log "replacing the H2 database in $folder"
        rm -f "$path.mv.db" "$path.trace.db"
        (cd "$folder" && unzip -o -q "$source_dir/database.zip")
        ;;
    *) die "unsupported SIAP_DB_URL: $DB_URL" ;;
esac

log "restoring the file store $STORAGE"
if [[ -d $STORAGE ]]; then
    aside="$STORAGE.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
    mv "$STORAGE" "$aside"
    log "the former file store is kept in $aside"
fi
mkdir -p "$STORAGE"
cp -a "$source_dir/files/." "$STORAGE/"
(cd "$STORAGE" && sha256sum --quiet -c "$source_dir/files.sha256") || die "restored files do not match their checksums"
log "restore complete in $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s; start the application"
