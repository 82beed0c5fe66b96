<?php
/**
 * [ent_help mode="accordion" contact_email="…" portal_url="…" heading_level="2" language_picker="no"]
 * for the classic editor (and the Shortcode block). Every attribute is optional; the site's
 * settings fill in the addresses.
 *
 * @package EntHelp
 */

defined( 'ABSPATH' ) || exit;

add_shortcode(
	'ent_help',
	static function ( $atts ): string {
		$atts = shortcode_atts(
			array(
				'mode'            => 'stepper',
				'contact_email'   => '',
				'portal_url'      => '',
				'heading_level'   => '2',
				'language_picker' => 'yes',
			),
			is_array( $atts ) ? $atts : array(),
			'ent_help'
		);
		return ent_help_render_widget( $atts );
	}
);
