<?php
/**
 * Router for PHP's built-in server (`php -S localhost:PORT router.php`): does what Debian's
 * examples/apache.conf and the .htaccess of a subdirectory network do. /wp-content/ comes from
 * WP_CONTENT_DIR, /ecole/wp-admin/… is /wp-admin/…, the rest goes to WordPress's index.php.
 *
 * @package EntHelp
 */

const WP_ROOT     = '/usr/share/wordpress';
const CONTENT_DIR = '/var/lib/ent-help-wordpress/wp-content';
const TYPES       = array(
	'css'   => 'text/css',
	'js'    => 'text/javascript',
	'json'  => 'application/json',
	'map'   => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'gif'   => 'image/gif',
	'webp'  => 'image/webp',
	'ico'   => 'image/x-icon',
	'woff'  => 'font/woff',
	'woff2' => 'font/woff2',
	'ttf'   => 'font/ttf',
	'html'  => 'text/html; charset=utf-8',
	'txt'   => 'text/plain; charset=utf-8',
);

$uri = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( str_contains( $uri, '..' ) ) {
	http_response_code( 400 );
	return true;
}
if ( preg_match( '~^/[_0-9a-zA-Z-]+/wp-admin$~', $uri ) ) {
	header( 'Location: ' . $uri . '/', true, 301 );
	return true;
}
if ( preg_match( '~^/(?:[_0-9a-zA-Z-]+/)?(wp-(?:content|admin|includes)(?:/.*)?)$~', $uri, $m ) ) {
	$path = '/' . $m[1];
} elseif ( preg_match( '~^/(?:[_0-9a-zA-Z-]+/)?([^/]+\.php)$~', $uri, $m ) ) {
	$path = '/' . $m[1];
} else {
	$path = $uri;
}
$file = str_starts_with( $path, '/wp-content/' ) ? CONTENT_DIR . substr( $path, 11 ) : WP_ROOT . $path;
if ( is_dir( $file ) ) {
	$file = rtrim( $file, '/' ) . '/index.php';
	$path = rtrim( $path, '/' ) . '/index.php';
}
if ( ! is_file( $file ) ) {
	$file = WP_ROOT . '/index.php';
	$path = '/index.php';
}
if ( str_ends_with( $file, '.php' ) ) {
	$_SERVER['SCRIPT_FILENAME'] = $file;
	$_SERVER['SCRIPT_NAME']     = $path;
	$_SERVER['PHP_SELF']        = $path;
	chdir( dirname( $file ) );
	require $file;
	return true;
}
$type = TYPES[ strtolower( pathinfo( $file, PATHINFO_EXTENSION ) ) ] ?? 'application/octet-stream';
header( 'Content-Type: ' . $type );
header( 'Content-Length: ' . filesize( $file ) );
readfile( $file );
return true;
