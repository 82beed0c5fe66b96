<?php
/**
 * [ent_help mode="accordion" contact_email="…" portal_url="…" heading_level="2" language_picker="no" debug="yes"]
 * for the classic editor (and the Shortcode block). Every attribute is optional; the site's
 * settings fill in the addresses and debug (debug="yes" or a bare debug turns it on for this
 * widget, debug="no" off).
 *
 * @package EntHelp
 */

defined( 'ABSPATH' ) || exit;

add_shortcode(
	'ent_help',
	static function ( $atts ): string {
		$atts = is_array( $atts ) ? $atts : array();
		// [ent_help debug], as the HTML attribute is written: WordPress passes it as a value without a name.
		foreach ( $atts as $key => $value ) {
			if ( is_int( $key ) && 'debug' === strtolower( (string) $value ) ) {
				unset( $atts[ $key ] );
				$atts['debug'] = 'yes';
			}
		}
		$atts = shortcode_atts(
			array(
				'mode'            => 'stepper',
				'contact_email'   => '',
				'portal_url'      => '',
				'heading_level'   => '2',
				'language_picker' => 'yes',
				'debug'           => '',
			),
			$atts,
			'ent_help'
		);
		return ent_help_render_widget( $atts );
	}
);
