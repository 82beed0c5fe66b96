<?php
/**
 * The « ENT sign-in help » block (« Aide connexion ENT »): a dynamic block, so the post stores
 * only its comment and attributes, never HTML; any administrator can insert it, with or without
 * unfiltered_html. The editor script (block/index.js) uses the wp.* globals: no build step.
 *
 * @package EntHelp
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		wp_register_script(
			'ent-help-block-editor',
			plugins_url( 'block/index.js', ENT_HELP_FILE ),
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
			ENT_HELP_VERSION,
			true
		);
		wp_set_script_translations( 'ent-help-block-editor', 'ent-help', ENT_HELP_DIR . 'languages' );

		register_block_type(
			ENT_HELP_DIR . 'block',
			array(
				'render_callback' => static function ( array $attributes ): string {
					return '<div ' . get_block_wrapper_attributes() . '>' . ent_help_render_widget(
						array(
							'mode'            => $attributes['mode'] ?? 'stepper',
							'contact_email'   => $attributes['contactEmail'] ?? '',
							'portal_url'      => $attributes['portalUrl'] ?? '',
							'heading_level'   => $attributes['headingLevel'] ?? 2,
							'language_picker' => $attributes['languagePicker'] ?? true,
							// Not set: the site's setting.
							'debug'           => isset( $attributes['debug'] ) ? true === $attributes['debug'] : null,
						)
					) . '</div>';
				},
			)
		);
	}
);

/** The site's settings, for the sidebar's placeholders and the preview. */
add_action(
	'enqueue_block_editor_assets',
	static function () {
		$settings = ent_help_settings();
		$defaults = array(
			'contactEmail' => '' !== $settings['contact_email'] ? $settings['contact_email'] : ENT_HELP_DEFAULT_CONTACT_EMAIL,
			'portalUrl'    => '' !== $settings['portal_url'] ? $settings['portal_url'] : ENT_HELP_DEFAULT_PORTAL_URL,
			'debug'        => $settings['debug'],
			'settingsUrl'  => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=ent-help' ) : '',
		);
		wp_add_inline_script( 'ent-help-block-editor', 'window.entHelpBlockDefaults = ' . wp_json_encode( $defaults ) . ';', 'before' );
	}
);
