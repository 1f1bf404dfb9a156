#!/usr/bin/env bash
# Backs up SIAP Pilkada: the database and the file store (uploaded evidence and minutes) together, into one
# folder per run, with checksums. See docs/deployment.md ("Backup and restore").
#
#   deploy/backup.sh [TARGET_FOLDER]
#
# Reads the application's own settings from the environment (the same variables the application uses):
#   SIAP_DB_URL        jdbc:mysql://host:port/db (MySQL 8 or MariaDB), or jdbc:h2:file:PATH;... (embedded)
#   SIAP_DB_USER, SIAP_DB_PASSWORD
#   SIAP_STORAGE_DIR   the file store (default ./data/files)
#   SIAP_BACKUP_DIR    where backups go when no TARGET_FOLDER is given (default ./backups)
#   SIAP_BACKUP_KEEP   how many backups to keep in SIAP_BACKUP_DIR; older ones are removed (default 14; 0 keeps all)
#   SIAP_JAR           the application jar, only for H2 (its H2 classes write the backup)
#
# MySQL/MariaDB: online, while the application runs. mysqldump --single-transaction reads every table in one
# consistent snapshot without locking writers; the files are copied after the dump. Stored files are named by
# their SHA-256 and written before the row that names them is committed, and never changed or removed, so every
# file a row of the dump points at is already on disk when the copy starts.
# H2: stop the application first (the embedded database is open by one process only).
#
# Exit status 0 when the backup is complete and verified; the folder of a failed run is removed.
set -euo pipefail

log() { printf '[backup] %s\n' "$*"; }
die() { printf '[backup] ERROR: %s\n' "$*" >&2; exit 1; }

. "$(dirname "${BASH_SOURCE[0]}")/backup-common.sh"
BACKUP_DIR=${SIAP_BACKUP_DIR:-./backups}
KEEP=${SIAP_BACKUP_KEEP:-14}

stamp=$(date -u +%Y%m%dT%H%M%SZ)
if [[ $# -ge 1 ]]; then
    target=$1
    own_folder=false
else
    target=$BACKUP_DIR/siap-$stamp
    own_folder=true
fi
[[ -e $target && -n $(ls -A "$target" 2>/dev/null) ]] && die "$target exists and is not empty"
mkdir -p "$target"
target=$(cd "$target" && pwd)
done_ok=false
cleanup() { [[ $done_ok == true ]] || { rm -rf "$target"; log "incomplete backup removed"; }; }
trap cleanup EXIT

started=$(date +%s.%N)
case $DB_URL in
    jdbc:mysql:* | jdbc:mariadb:*)
        mysql_address
        dump=$(command -v mysqldump || command -v mariadb-dump) || die "mysqldump (or mariadb-dump) is not installed"
        log "dumping database $database on $host:$port"
        MYSQL_PWD=$DB_PASSWORD "$dump" --protocol=TCP -h "$host" -P "$port" -u "${DB_USER:-root}" \
            --single-transaction --quick --routines --triggers --hex-blob --no-tablespaces \
            --default-character-set=utf8mb4 "$database" | gzip -6 > "$target/database.sql.gz"
        # a dump that stopped half-way lacks mysqldump's closing line
        gzip -dc "$target/database.sql.gz" | tail -n 1 | grep -q '^-- Dump completed' || die "the dump is incomplete"
        kind=mysql
        ;;
    jdbc:h2:*)
        [[ -n ${SIAP_JAR:-} && -f ${SIAP_JAR:-} ]] || die "set SIAP_JAR to the application jar (its H2 classes write the backup)"
        java=${JAVA_HOME:+$JAVA_HOME/bin/}java
        log "backing up the embedded H2 database (the application must be stopped)"
        "$java" -cp "$SIAP_JAR" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
            -url "$DB_URL" -user "${DB_USER:-sa}" -password "$DB_PASSWORD" \
            -sql "BACKUP TO '$target/database.zip'" > "$target/h2.log" 2>&1 \
            || { cat "$target/h2.log" >&2; die "H2 could not write the backup (is the application still running?)"; }
        rm -f "$target/h2.log"
        kind=h2
        ;;
    *) die "unsupported SIAP_DB_URL: $DB_URL" ;;
esac
db_done=$(date +%s.%N)

log "copying the file store $STORAGE"
mkdir -p "$target/files"
if [[ -d $STORAGE ]]; then
    # only the kept files (two-letter folder, 64-hex name), not unfinished uploads (*.part)
    (cd "$STORAGE" && find . -type f -regextype posix-extended -regex '\./[0-9a-f]{2}/[0-9a-f]{64}' -print0 \
        | xargs -0 -r cp --parents -p -t "$target/files")
fi
(cd "$target/files" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) > "$target/files.sha256"
# a stored file's name is its checksum: a copy that does not match it is a damaged file in the store
bad=$(awk '{ n = $2; sub(/.*\//, "", n); if (n != $1) print $2 }' "$target/files.sha256")
[[ -z $bad ]] || die "files in the store do not match their checksum: $bad"
files=$(wc -l < "$target/files.sha256")
finished=$(date +%s.%N)

{
    echo "created=$stamp"
    echo "database=$kind"
    echo "database.seconds=$(awk -v a="$started" -v b="$db_done" 'BEGIN { printf "%.1f", b - a }')"
    echo "files=$files"
    echo "seconds=$(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.1f", b - a }')"
} > "$target/backup.properties"
(cd "$target" && sha256sum database.* files.sha256 backup.properties > SHA256SUMS)
done_ok=true
log "backup complete: $target ($kind, $files files, $(du -sh "$target" | cut -f1))"

if [[ $own_folder == true && $KEEP -gt 0 ]]; then
    ls -1d "$BACKUP_DIR"/siap-* 2>/dev/null | sort | head -n -"$KEEP" | while read -r old; do
        rm -rf "$old" && log "removed old backup $old"
    done
fi
