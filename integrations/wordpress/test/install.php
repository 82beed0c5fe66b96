<?php
/**
 * Builds the test network with WordPress's own functions (Debian has no wp-cli), from the
 * command line, in two steps, each its own process because the second one runs as multisite:
 *
 *   php install.php network <port>        empties the database, installs WordPress, then turns
 *                                          it into a network (what Tools › Network Setup does)
 *   php install.php school <port> <zip>    creates the site /ecole/ and its administrator (not a
 *                                          super admin: no unfiltered_html), installs the plugin
 *                                          from the zip as « Téléverser une extension » does, and
 *                                          activates it on the whole network
 *
 * Prints one JSON line of what the browser test needs.
 *
 * @package EntHelp
 */

[ , $step, $port ] = $argv + array( null, null, '8734' );
$host = 'localhost:' . $port;

$_SERVER['HTTP_HOST']   = $host;
$_SERVER['SERVER_NAME'] = 'localhost';
$_SERVER['SERVER_PORT'] = $port;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['HTTPS']       = 'off';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';

const ADMIN_PASSWORD  = 'network-admin-test';
const SCHOOL_PASSWORD = 'directrice-test';

if ( 'network' === $step ) {
	define( 'WP_INSTALLING', true );
	define( 'ENT_HELP_TEST_SINGLE_SITE', true );
	// A fresh database at every run.
	$db = new mysqli( 'localhost', 'enthelp', 'enthelp-test' );
	$db->query( 'DROP DATABASE IF EXISTS enthelp_wp' );
	$db->query( 'CREATE DATABASE enthelp_wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' );
	$db->close();

	require '/usr/share/wordpress/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/network.php';

	$installed = wp_install( 'Réseau des lycées (test)', 'reseau', 'reseau@example.org', false, '', ADMIN_PASSWORD );
	update_option( 'siteurl', 'http://' . $host );
	update_option( 'home', 'http://' . $host );

	// As wp-admin/network.php does: the network's tables get their names before they exist.
	foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
		$wpdb->$table = $prefixed_table;
	}
	install_network();
	$result = populate_network( 1, $host, 'reseau@example.org', 'Réseau des lycées (test)', '/', false );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, $result->get_error_message() . "\n" );
		exit( 1 );
	}
	echo wp_json_encode( array( 'admin' => $installed['user_id'] ) ), "\n";
	exit( 0 );
}

if ( 'school' === $step ) {
	$zip = $argv[3];
	require '/usr/share/wordpress/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/admin.php';
	require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

	wp_set_current_user( 1 );

	$school_id = wp_insert_site(
		array(
			'domain'     => $host,
			'path'       => '/ecole/',
			'title'      => 'Lycée test',
			'user_id'    => 1,
			'network_id' => 1,
		)
	);
	if ( is_wp_error( $school_id ) ) {
		fwrite( STDERR, $school_id->get_error_message() . "\n" );
		exit( 1 );
	}
	// WordPress strips the port from a new site's domain (sanitize_user); put it back.
	$wpdb->update( $wpdb->blogs, array( 'domain' => $host ), array( 'blog_id' => $school_id ) );
	clean_blog_cache( $school_id );
	switch_to_blog( $school_id );
	update_option( 'siteurl', 'http://' . $host . '/ecole' );
	update_option( 'home', 'http://' . $host . '/ecole' );
	// Gravatar is out of reach here: no avatars, so that the admin bar requests nothing outside.
	update_option( 'show_avatars', 0 );
	// French without WordPress's own French files (update_option() refuses a language that is
	// not installed): the plugin's translation is what the test reads.
	$wpdb->update( $wpdb->options, array( 'option_value' => 'fr_FR' ), array( 'option_name' => 'WPLANG' ) );
	wp_cache_delete( 'alloptions', 'options' );
	restore_current_blog();

	$user_id = wpmu_create_user( 'directrice', SCHOOL_PASSWORD, 'directrice@example.org' );
	add_user_to_blog( $school_id, $user_id, 'administrator' );
	update_user_meta( $user_id, 'locale', 'fr_FR' );
	// No welcome guide in the editor (its picture is on s.w.org, out of reach here).
	update_user_meta(
		$user_id,
		$wpdb->get_blog_prefix( $school_id ) . 'persisted_preferences',
		array(
			'core/edit-post' => array( 'welcomeGuide' => false ),
			'_modified'      => gmdate( 'c' ),
		)
	);

	// The plugin from the release zip, through WordPress's upgrader (the upload page's code).
	$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
	$result   = $upgrader->install( $zip, array( 'overwrite_package' => true ) );
	if ( true !== $result ) {
		fwrite( STDERR, 'Plugin install failed: ' . wp_json_encode( $upgrader->skin->get_upgrade_messages() ) . "\n" );
		exit( 1 );
	}
	$activated = activate_plugin( 'ent-help/ent-help.php', '', true );
	if ( is_wp_error( $activated ) ) {
		fwrite( STDERR, $activated->get_error_message() . "\n" );
		exit( 1 );
	}

	switch_to_blog( $school_id );
	$unfiltered = user_can( $user_id, 'unfiltered_html' );
	$admin      = user_can( $user_id, 'manage_options' );
	restore_current_blog();

	echo wp_json_encode(
		array(
			'site'             => 'http://' . $host . '/ecole/',
			'user'             => 'directrice',
			'password'         => SCHOOL_PASSWORD,
			'manageOptions'    => $admin,
			'unfilteredHtml'   => $unfiltered,
			'networkActivated' => is_plugin_active_for_network( 'ent-help/ent-help.php' ),
		)
	), "\n";
	exit( 0 );
}

fwrite( STDERR, "Usage: php install.php network|school <port> [zip]\n" );
exit( 2 );
