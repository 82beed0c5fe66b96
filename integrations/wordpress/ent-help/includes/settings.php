<?php
/**
 * Settings › ENT sign-in help: the school's contact address and ENT portal, per site (each site
 * of a network has its own), used by the block and the shortcode when they set none; and whether
 * they show setting problems in the widget (its debug attribute), for the staff while setting up.
 *
 * @package EntHelp
 */

defined( 'ABSPATH' ) || exit;

/** The option holding array( 'contact_email' => string, 'portal_url' => string, 'debug' => bool ). */
const ENT_HELP_OPTION = 'ent_help_settings';

/**
 * The site's settings, empty strings for what is not set; debug is off unless it was checked.
 *
 * @return array{contact_email: string, portal_url: string, debug: bool}
 */
function ent_help_settings(): array {
	$saved = get_option( ENT_HELP_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'contact_email' => isset( $saved['contact_email'] ) ? (string) $saved['contact_email'] : '',
		'portal_url'    => isset( $saved['portal_url'] ) ? (string) $saved['portal_url'] : '',
		'debug'         => true === ( $saved['debug'] ?? false ),
	);
}

/**
 * Keeps a submitted value only if the widget would accept it; otherwise keeps the saved one and
 * says why on the settings page (settings_errors() prints messages as HTML: the typed value is
 * escaped here). An empty value means « the widget's default ». The checkbox is on only when
 * it is sent as « 1 » (an unchecked box sends nothing).
 *
 * @param mixed $input Submitted array.
 * @return array{contact_email: string, portal_url: string, debug: bool}
 */
function ent_help_sanitize_settings( $input ): array {
	$saved = ent_help_settings();
	$input = is_array( $input ) ? $input : array();
	$clean = $saved;

	$email = isset( $input['contact_email'] ) ? ent_help_contact_email_of( sanitize_text_field( wp_unslash( (string) $input['contact_email'] ) ) ) : '';
	if ( '' === $email || ent_help_is_valid_contact_email( $email ) ) {
		$clean['contact_email'] = $email;
	} else {
		ent_help_settings_error(
			'ent_help_contact_email',
			/* translators: %s: the address typed by the administrator. */
			sprintf( __( '« %s » is not an e-mail address; give one such as vie-scolaire@lycee.fr. The previous address is kept.', 'ent-help' ), esc_html( $email ) )
		);
	}

	$portal = isset( $input['portal_url'] ) ? trim( wp_unslash( (string) $input['portal_url'] ) ) : '';
	if ( '' === $portal || ent_help_is_valid_portal_url( $portal ) ) {
		$clean['portal_url'] = $portal;
	} else {
		ent_help_settings_error(
			'ent_help_portal_url',
			/* translators: %s: the address typed by the administrator. */
			sprintf( __( '« %s » is refused: the portal must be an https:// address, without a user name or password. The previous address is kept.', 'ent-help' ), esc_html( $portal ) )
		);
	}

	$clean['debug'] = isset( $input['debug'] ) && in_array( $input['debug'], array( '1', 1, true ), true );
	return $clean;
}

/**
 * Adds a settings error once (WordPress runs the sanitize callback twice when the option is
 * first created).
 *
 * @param string $code    Error code.
 * @param string $message Message shown on the settings page.
 */
function ent_help_settings_error( string $code, string $message ): void {
	foreach ( get_settings_errors( ENT_HELP_OPTION ) as $error ) {
		if ( $error['code'] === $code ) {
			return;
		}
	}
	add_settings_error( ENT_HELP_OPTION, $code, $message, 'error' );
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'ent_help',
			ENT_HELP_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => 'ent_help_sanitize_settings',
				'default'           => array(
					'contact_email' => '',
					'portal_url'    => '',
					'debug'         => false,
				),
			)
		);
		add_settings_section(
			'ent_help_school',
			__( 'Your school', 'ent-help' ),
			static function () {
				echo '<p>' . esc_html__( 'The block « ENT sign-in help » and the [ent_help] shortcode use these addresses unless they set their own. Leave a field empty to use the one in the lycée\'s FAQ.', 'ent-help' ) . '</p>';
			},
			'ent-help'
		);
		add_settings_field(
			'ent_help_contact_email',
			__( 'Contact address', 'ent-help' ),
			static function () {
				ent_help_settings_input( 'contact_email', 'text', ENT_HELP_DEFAULT_CONTACT_EMAIL, __( 'The address students and parents write to when the procedure says « contact the lycée ».', 'ent-help' ) );
			},
			'ent-help',
			'ent_help_school',
			array( 'label_for' => 'ent_help_contact_email' )
		);
		add_settings_field(
			'ent_help_portal_url',
			__( 'ENT portal', 'ent-help' ),
			static function () {
				ent_help_settings_input( 'portal_url', 'url', ENT_HELP_DEFAULT_PORTAL_URL, __( 'An https:// address.', 'ent-help' ) );
			},
			'ent-help',
			'ent_help_school',
			array( 'label_for' => 'ent_help_portal_url' )
		);
		add_settings_field(
			'ent_help_debug',
			__( 'Setting problems', 'ent-help' ),
			'ent_help_settings_debug',
			'ent-help',
			'ent_help_school'
		);
	}
);

/**
 * Prints the checkbox of the widget's debug attribute: the box is its own label's, the
 * description is tied to it.
 */
function ent_help_settings_debug(): void {
	printf(
		'<fieldset><legend class="screen-reader-text">%1$s</legend><label for="ent_help_debug"><input type="checkbox" id="ent_help_debug" name="%2$s[debug]" value="1" aria-describedby="ent_help_debug_help"%3$s /> %4$s</label><p class="description" id="ent_help_debug_help">%5$s</p></fieldset>',
		esc_html__( 'Setting problems', 'ent-help' ),
		esc_attr( ENT_HELP_OPTION ),
		checked( ent_help_settings()['debug'], true, false ),
		esc_html__( 'Show setting problems in the widget (uncheck before publishing)', 'ent-help' ),
		esc_html__( 'While you set the widget up: an address it refuses (typed in a block or a shortcode) is shown in it, in a notice for you. Students and parents see these notices too while this box is checked. A block or a shortcode can say otherwise for itself.', 'ent-help' )
	);
}

/**
 * Prints one input of the settings page.
 *
 * @param string $key         Key in the option.
 * @param string $type        Input type: text for the address (type="email" would refuse the
 *                            Unicode domains the widget accepts), url for the portal.
 * @param string $placeholder The widget's default.
 * @param string $help        Description under the input.
 */
function ent_help_settings_input( string $key, string $type, string $placeholder, string $help ): void {
	$settings = ent_help_settings();
	printf(
		'<input type="%1$s" class="regular-text code" id="ent_help_%2$s" name="%3$s[%2$s]" value="%4$s" placeholder="%5$s" aria-describedby="ent_help_%2$s_help" inputmode="%7$s" autocomplete="%8$s" spellcheck="false" /><p class="description" id="ent_help_%2$s_help">%6$s</p>',
		esc_attr( $type ),
		esc_attr( $key ),
		esc_attr( ENT_HELP_OPTION ),
		esc_attr( $settings[ $key ] ),
		esc_attr( $placeholder ),
		esc_html( $help ),
		'url' === $type ? 'url' : 'email',
		'url' === $type ? 'url' : 'email'
	);
}

add_action(
	'admin_menu',
	static function () {
		add_options_page(
			__( 'ENT sign-in help', 'ent-help' ),
			__( 'ENT sign-in help', 'ent-help' ),
			'manage_options',
			'ent-help',
			'ent_help_settings_page'
		);
	}
);

/** Prints the settings page. */
function ent_help_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'ent_help' );
	do_settings_sections( 'ent-help' );
	submit_button();
	echo '</form></div>';
}

add_filter(
	'plugin_action_links_' . plugin_basename( ENT_HELP_FILE ),
	static function ( array $links ): array {
		$url = admin_url( 'options-general.php?page=ent-help' );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'ent-help' ) . '</a>' );
		return $links;
	}
);
