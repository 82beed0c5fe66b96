<?php
/**
 * The widget's script: dist/ent-help.js (an ES module) is printed only on pages that show the
 * block or the shortcode, with its Subresource Integrity hash. assets/ent-help.asset.php is
 * written by `npm run build:wordpress` next to the copied scripts.
 *
 * @package EntHelp
 */

defined( 'ABSPATH' ) || exit;

/** Handle (and, on WordPress 6.5+, script module id) of the widget's script. */
const ENT_HELP_SCRIPT = 'ent-help';

/**
 * What the build says about the copied scripts.
 *
 * @return array{version: string, module: string, classic: string} SRI hashes (sha384-…) of
 *         assets/ent-help.js and assets/ent-help.iife.js.
 */
function ent_help_asset(): array {
	static $asset = null;
	if ( null === $asset ) {
		$file  = ENT_HELP_DIR . 'assets/ent-help.asset.php';
		$asset = is_readable( $file ) ? require $file : array();
		$asset = wp_parse_args(
			is_array( $asset ) ? $asset : array(),
			array(
				'version' => ENT_HELP_VERSION,
				'module'  => '',
				'classic' => '',
			)
		);
	}
	return $asset;
}

/**
 * Enqueues the widget's module for this page. Called while the block or the shortcode renders,
 * so pages without the widget load nothing. Block themes render content before wp_head, classic
 * themes after it: the script goes in the footer, which works for both.
 */
function ent_help_enqueue_widget(): void {
	$src = plugins_url( 'assets/ent-help.js', ENT_HELP_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( ENT_HELP_SCRIPT, $src, array(), ent_help_asset()['version'] );
		return;
	}
	wp_enqueue_script( ENT_HELP_SCRIPT, $src, array(), ent_help_asset()['version'], true );
}

/**
 * WordPress 6.1 to 6.4: wp_enqueue_script() prints a classic script tag; make it the module with
 * its integrity hash.
 */
add_filter(
	'script_loader_tag',
	static function ( string $tag, string $handle, string $src ): string {
		if ( ENT_HELP_SCRIPT !== $handle ) {
			return $tag;
		}
		$integrity = ent_help_asset()['module'];
		return sprintf(
			'<script type="module" src="%1$s" id="%2$s-js"%3$s></script>' . "\n",
			esc_url( $src ),
			esc_attr( $handle ),
			'' === $integrity ? '' : ' integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous"'
		);
	},
	10,
	3
);

/** WordPress 6.5+: the script module's tag gets the integrity hash. */
add_filter(
	'wp_script_attributes',
	static function ( array $attributes ): array {
		$integrity = ent_help_asset()['module'];
		if ( isset( $attributes['id'] ) && ENT_HELP_SCRIPT . '-js-module' === $attributes['id'] && '' !== $integrity ) {
			$attributes['integrity']   = $integrity;
			$attributes['crossorigin'] = 'anonymous';
		}
		return $attributes;
	}
);

/**
 * In the editor, the classic build (assets/ent-help.iife.js) makes the block's preview the live
 * widget. enqueue_block_assets also reaches the editor's iframe when WordPress uses one.
 */
add_action(
	'enqueue_block_assets',
	static function () {
		if ( ! is_admin() ) {
			return;
		}
		wp_enqueue_script( 'ent-help-editor-preview', plugins_url( 'assets/ent-help.iife.js', ENT_HELP_FILE ), array(), ent_help_asset()['version'], true );
	}
);

add_filter(
	'script_loader_tag',
	static function ( string $tag, string $handle ): string {
		$integrity = ent_help_asset()['classic'];
		if ( 'ent-help-editor-preview' !== $handle || '' === $integrity ) {
			return $tag;
		}
		return str_replace( '<script ', '<script integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous" ', $tag );
	},
	10,
	2
);
