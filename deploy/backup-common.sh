# Shared by deploy/backup.sh and deploy/restore.sh (sourced, not run): the settings and the database address.
DB_URL=${SIAP_DB_URL:-jdbc:h2:file:./data/siap-pilkada}
DB_USER=${SIAP_DB_USER:-}
DB_PASSWORD=${SIAP_DB_PASSWORD:-}
STORAGE=${SIAP_STORAGE_DIR:-./data/files}

# Splits a jdbc:mysql:// or jdbc:mariadb:// SIAP_DB_URL into host, port and database.
mysql_address() {
    local rest=${DB_URL#jdbc:*://}
    local hostport=${rest%%/*}
    database=${rest#*/}
    database=${database%%\?*}
    host=${hostport%%:*}
    port=3306
    if [[ $hostport == *:* ]]; then port=${hostport##*:}; fi
}
