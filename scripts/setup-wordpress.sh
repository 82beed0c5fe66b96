#!/usr/bin/env bash
# Installs and starts what `npm run test:wordpress` needs, from Debian's packages only:
# WordPress (Debian 12: 6.1), PHP 8.2's command line with mysqli, MariaDB, gettext's msgfmt (for
# the plugin's .mo) and Chromium. Then starts MariaDB if it is not running, creates the test
# database's user, and writes WordPress's configuration for http://localhost:$WP_TEST_PORT
# (/etc/wordpress/config-localhost.php, see /usr/share/doc/wordpress/README.Debian) and a
# wp-content of its own (/var/lib/ent-help-wordpress). Safe to run again: it skips what is done.
# Needs root (or sudo without a password), like scripts/setup.sh.
set -euo pipefail

port="${WP_TEST_PORT:-8734}"
content=/var/lib/ent-help-wordpress/wp-content
packages=(wordpress php8.2-cli php8.2-mysql mariadb-server wordpress-theme-twentytwentythree gettext chromium fonts-dejavu-core)

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    exec sudo -n WP_TEST_PORT="$port" bash "$0" "$@"
  fi
  echo "setup-wordpress: needs root. Run: sudo WP_TEST_PORT=$port bash $0" >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-wordpress: installing ${missing[*]}"
  apt-get update -qq
  # No recommends: wordpress-l10n and the other themes are not needed. Services are started below.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! mariadb-admin ping --silent >/dev/null 2>&1; then
  echo "setup-wordpress: starting MariaDB"
  service mariadb start >/dev/null 2>&1 || {
    install -d -o mysql -g mysql /run/mysqld
    (mariadbd-safe >/dev/null 2>&1 &)
  }
  for _ in $(seq 1 30); do
    mariadb-admin ping --silent >/dev/null 2>&1 && break
    sleep 0.5
  done
  mariadb-admin ping --silent >/dev/null
fi

# The test's own database and user; the test empties the database at each run.
mariadb <<'SQL'
CREATE DATABASE IF NOT EXISTS enthelp_wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'enthelp'@'localhost' IDENTIFIED BY 'enthelp-test';
GRANT ALL PRIVILEGES ON enthelp_wp.* TO 'enthelp'@'localhost';
SQL

install -d "$content/plugins" "$content/uploads" "$content/languages"
install -d "$content/themes"
ln -sfn /usr/share/wordpress/wp-content/themes/twentytwentythree "$content/themes/twentytwentythree"

# Multisite (subdirectories) on localhost:$port. Until the network exists, the test's installer
# defines ENT_HELP_TEST_SINGLE_SITE so that WordPress installs as a single site first.
cat > /etc/wordpress/config-localhost.php <<PHP
<?php
// Written by ent-help's scripts/setup-wordpress.sh for npm run test:wordpress. A test site:
// local database, local address, nothing else.
define( 'DB_NAME', 'enthelp_wp' );
define( 'DB_USER', 'enthelp' );
define( 'DB_PASSWORD', 'enthelp-test' );
define( 'DB_HOST', 'localhost' );
define( 'WP_CONTENT_DIR', '$content' );
define( 'WP_CONTENT_URL', 'http://localhost:$port/wp-content' );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$content/debug.log' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
if ( ! defined( 'ENT_HELP_TEST_SINGLE_SITE' ) ) {
	define( 'MULTISITE', true );
	define( 'SUBDOMAIN_INSTALL', false );
	define( 'DOMAIN_CURRENT_SITE', 'localhost:$port' );
	define( 'PATH_CURRENT_SITE', '/' );
	define( 'SITE_ID_CURRENT_SITE', 1 );
	define( 'BLOG_ID_CURRENT_SITE', 1 );
}
PHP
echo "setup-wordpress: WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php), PHP $(php -r 'echo PHP_VERSION;'), MariaDB ready."
