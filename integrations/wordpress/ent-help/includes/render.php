<?php
/**
 * The markup shared by the block and the shortcode: <ent-help> with the whole procedure inside.
 * The procedure (assets/fallback.html) is written by `npm run build:wordpress` with the same
 * generator as dist/snippet.html (scripts/static-procedure.mjs); it is what a reader sees while
 * the script has not run, and what search engines and printers read.
 *
 * @package EntHelp
 */

defined( 'ABSPATH' ) || exit;

/** Tags and attributes the fallback procedure uses, for wp_kses(). */
const ENT_HELP_FALLBACK_TAGS = array(
	'details' => array( 'data-node' => true ),
	'summary' => array(),
	'h1'      => array(),
	'h2'      => array(),
	'h3'      => array(),
	'h4'      => array(),
	'h5'      => array(),
	'h6'      => array(),
	'p'       => array( 'class' => true ),
	'div'     => array( 'class' => true ),
	'ol'      => array(),
	'ul'      => array(),
	'li'      => array(),
	'strong'  => array(),
	'small'   => array(),
	'a'       => array( 'href' => true ),
);

/**
 * Normalises the options of one widget. Missing or empty values fall back on the site's settings,
 * then on the widget's defaults (no attribute).
 *
 * @param array $args mode, contact_email, portal_url, heading_level, language_picker.
 * @return array{mode: string, contact_email: string, portal_url: string, heading_level: int, language_picker: bool}
 */
function ent_help_widget_options( array $args ): array {
	$settings = ent_help_settings();
	$email    = trim( (string) ( $args['contact_email'] ?? '' ) );
	$portal   = trim( (string) ( $args['portal_url'] ?? '' ) );
	$level    = (int) ( $args['heading_level'] ?? 2 );
	$picker   = $args['language_picker'] ?? true;
	return array(
		'mode'            => 'accordion' === ( $args['mode'] ?? '' ) ? 'accordion' : 'stepper',
		'contact_email'   => '' !== $email ? $email : $settings['contact_email'],
		'portal_url'      => '' !== $portal ? $portal : $settings['portal_url'],
		'heading_level'   => max( 1, min( 6, $level ) ),
		'language_picker' => is_bool( $picker ) ? $picker : ! in_array( strtolower( (string) $picker ), array( '0', 'false', 'no', 'non', 'off' ), true ),
	);
}

/**
 * The <ent-help> element, its attributes escaped, with the procedure inside, and enqueues the
 * widget's script for this page.
 *
 * An address the widget would refuse is still passed to it (it then shows a message naming the
 * fix, and uses its default); the fallback text uses only addresses the widget accepts.
 *
 * @param array $args See ent_help_widget_options().
 * @return string HTML.
 */
function ent_help_render_widget( array $args ): string {
	$options = ent_help_widget_options( $args );
	ent_help_enqueue_widget();
	ent_help_enqueue_fallback_style();

	$attributes = array(
		'mode'          => $options['mode'],
		'heading-level' => (string) $options['heading_level'],
	);
	if ( '' !== $options['portal_url'] ) {
		$attributes['portal-url'] = $options['portal_url'];
	}
	if ( '' !== $options['contact_email'] ) {
		$attributes['contact-email'] = $options['contact_email'];
	}
	$html = '<ent-help';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	if ( ! $options['language_picker'] ) {
		$html .= ' no-language-picker';
	}
	$portal = ent_help_is_valid_portal_url( $options['portal_url'] ) ? $options['portal_url'] : ENT_HELP_DEFAULT_PORTAL_URL;
	$email  = ent_help_is_valid_contact_email( $options['contact_email'] ) ? $options['contact_email'] : ENT_HELP_DEFAULT_CONTACT_EMAIL;
	return $html . '>' . ent_help_fallback( $options['heading_level'], $portal, $email ) . '</ent-help>';
}

/**
 * The whole procedure as plain HTML, its title at the given level.
 *
 * @param int    $heading_level 1–6.
 * @param string $portal        Portal address (valid).
 * @param string $email         Contact address (valid).
 * @return string HTML, filtered by wp_kses().
 */
function ent_help_fallback( int $heading_level, string $portal, string $email ): string {
	static $template = null;
	if ( null === $template ) {
		$file     = ENT_HELP_DIR . 'assets/fallback.html';
		$template = is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
	}
	// The template's title is an h1 and its sections follow; shift them all.
	$html = preg_replace_callback(
		'~<(/?)h([1-6])>~',
		static function ( array $m ) use ( $heading_level ): string {
			return '<' . $m[1] . 'h' . min( 6, (int) $m[2] + $heading_level - 1 ) . '>';
		},
		$template
	);
	$html = strtr(
		(string) $html,
		array(
			'href="{{ent-help:portal}}"'       => 'href="' . esc_url( $portal ) . '"',
			'href="mailto:{{ent-help:email}}"' => 'href="' . esc_url( 'mailto:' . $email ) . '"',
			'{{ent-help:portal}}'              => esc_html( $portal ),
			'{{ent-help:email}}'               => esc_html( $email ),
		)
	);
	return wp_kses( $html, ENT_HELP_FALLBACK_TAGS );
}

/**
 * The procedure is the lycée's text word for word: the_content's typographic quotes (wptexturize,
 * which runs after the block renders) must leave it alone.
 */
add_filter(
	'no_texturize_tags',
	static function ( array $tags ): array {
		$tags[] = 'ent-help';
		return $tags;
	}
);

/**
 * A few rules for the procedure as text (before the script runs, or without it): each case's
 * heading on the line of its disclosure triangle, at a modest size. Inline: no request more.
 * The widget's shadow root hides the text once rendered, so they never reach the widget.
 */
function ent_help_enqueue_fallback_style(): void {
	if ( wp_style_is( 'ent-help-fallback', 'enqueued' ) ) {
		return;
	}
	wp_register_style( 'ent-help-fallback', false, array(), ENT_HELP_VERSION );
	wp_add_inline_style(
		'ent-help-fallback',
		'ent-help details{margin:.5em 0}ent-help summary{cursor:pointer;min-height:44px}'
		. 'ent-help summary>:is(h1,h2,h3,h4,h5,h6){display:inline;font-size:1.1em;margin:0}'
	);
	wp_enqueue_style( 'ent-help-fallback' );
}
