<?php
/**
 * Deleting the plugin removes its settings, on every site of a network.
 *
 * @package EntHelp
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	$ent_help_sites = get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	);
	foreach ( $ent_help_sites as $ent_help_site_id ) {
		delete_blog_option( $ent_help_site_id, 'ent_help_settings' );
	}
} else {
	delete_option( 'ent_help_settings' );
}
