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

/**
 * The tags and attributes the fallback procedure uses, for wp_kses(): assets/fallback-tags.php,
 * written by `npm run build:wordpress` from assets/fallback.html (the build fails on a tag or an
 * attribute it has not vetted as inert).
 *
 * @return array wp_kses()'s allowed HTML.
 */
function ent_help_fallback_tags(): array {
	static $tags = null;
	if ( null === $tags ) {
		$file = ENT_HELP_DIR . 'assets/fallback-tags.php';
		$tags = is_readable( $file ) ? (array) require $file : array( 'p' => array() );
	}
	return $tags;
}

/**
 * Normalises the options of one widget. Missing, empty or (outside a debug preview) refused
 * addresses fall back on the site's settings, then on the widget's defaults (no attribute).
 *
 * @param array $args mode, contact_email, portal_url, heading_level, language_picker, debug (true,
 *                    false, or a shortcode's yes / no; null or empty: the site's setting).
 * @return array{mode: string, contact_email: string, portal_url: string, heading_level: int, language_picker: bool, debug: bool}
 */
function ent_help_widget_options( array $args ): array {
	$settings = ent_help_settings();
	$email    = ent_help_contact_email_of( (string) ( $args['contact_email'] ?? '' ) );
	$portal   = trim( (string) ( $args['portal_url'] ?? '' ) );
	$level    = (int) ( $args['heading_level'] ?? 2 );
	$picker   = $args['language_picker'] ?? true;
	$debug    = $args['debug'] ?? null;
	if ( null === $debug || '' === $debug ) {
		$debug = $settings['debug'];
	}
	// On only when asked for in so many words: readers must not meet the staff's notices by mistake.
	$debug = is_bool( $debug ) ? $debug : in_array( strtolower( trim( (string) $debug ) ), array( '1', 'true', 'yes', 'oui', 'on', 'debug' ), true );
	// A block's or shortcode's address that the widget would refuse gives way to the site's (checked
	// when saved): the widget's own default is the FAQ's lycée, not this school. In a staff preview
	// (debug) it is passed on, so that the widget shows what it refused.
	if ( ! $debug && ! ent_help_is_valid_contact_email( $email ) ) {
		$email = '';
	}
	if ( ! $debug && ! ent_help_is_valid_portal_url( $portal ) ) {
		$portal = '';
	}
	return array(
		'mode'            => 'accordion' === ( $args['mode'] ?? '' ) ? 'accordion' : 'stepper',
		'contact_email'   => '' !== $email ? $email : $settings['contact_email'],
		'portal_url'      => '' !== $portal ? $portal : $settings['portal_url'],
		'heading_level'   => max( 1, min( 6, $level ) ),
		'language_picker' => is_bool( $picker ) ? $picker : ! in_array( strtolower( (string) $picker ), array( '0', 'false', 'no', 'non', 'off' ), true ),
		'debug'           => $debug,
	);
}

/**
 * The <ent-help> element, its attributes escaped, with the procedure inside, and enqueues the
 * widget's script for this page.
 *
 * An address the widget would refuse reaches it only in a debug preview (it then shows a message
 * naming the fix, and uses its default); the fallback text uses only addresses the widget accepts.
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
	if ( $options['debug'] ) {
		$html .= ' debug';
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
		$template = is_readable( $file ) ? trim( (string) file_get_contents( $file ) ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
	}
	// The template's title is an h1 and its sections' headings aria-level 2 and more; shift them all.
	$shift = static function ( int $level ) use ( $heading_level ): int {
		return min( 6, $level + $heading_level - 1 );
	};
	$html  = preg_replace_callback(
		'~<(/?)h([1-6])([ >])~',
		static function ( array $m ) use ( $shift ): string {
			return '<' . $m[1] . 'h' . $shift( (int) $m[2] ) . $m[3];
		},
		$template
	);
	$html  = preg_replace_callback(
		'~ aria-level="([1-6])"~',
		static function ( array $m ) use ( $shift ): string {
			return ' aria-level="' . $shift( (int) $m[1] ) . '"';
		},
		(string) $html
	);
	// The page's second widget and the next: their ids and the links to them get -2, -3…, so that
	// each link opens its own widget's section and no id is on the page twice.
	static $instance = 0;
	++$instance;
	if ( $instance > 1 ) {
		$html = preg_replace( '~ (id|href)="(#?)ent-help-([a-z0-9-]+)"~', ' $1="$2ent-help-$3-' . $instance . '"', (string) $html );
	}
	$html = strtr(
		(string) $html,
		array(
			'href="{{ent-help:portal}}"'       => 'href="' . esc_url( $portal ) . '"',
			'href="mailto:{{ent-help:email}}"' => 'href="' . esc_url( 'mailto:' . $email ) . '"',
			'{{ent-help:portal}}'              => esc_html( $portal ),
			'{{ent-help:email}}'               => esc_html( $email ),
		)
	);
	return wp_kses( $html, ent_help_fallback_tags() );
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
 * The snippet's rules for the procedure as text (before the script runs, or without it): drawn as
 * the widget's first screen, so that the page does not move when the widget arrives. Inline: no
 * request more. assets/fallback.css is written by `npm run build:wordpress` from the snippet's
 * <style> (scripts/static-procedure.mjs); the widget's shadow root hides the text once rendered.
 */
function ent_help_enqueue_fallback_style(): void {
	if ( wp_style_is( 'ent-help-fallback', 'enqueued' ) ) {
		return;
	}
	$file = ENT_HELP_DIR . 'assets/fallback.css';
	$css  = is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
	wp_register_style( 'ent-help-fallback', false, array(), ENT_HELP_VERSION );
	wp_add_inline_style( 'ent-help-fallback', $css );
	wp_enqueue_style( 'ent-help-fallback' );
}
