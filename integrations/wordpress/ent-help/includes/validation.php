<?php
/**
 * The checks the widget makes on its portal-url and contact-email attributes
 * (validateConfig() in src/data/config.ts, urlProblem() and emailProblem() in src/data/addresses.ts),
 * in PHP, so that the settings page stores only what the widget will use.
 *
 * @package EntHelp
 */

defined( 'ABSPATH' ) || exit;

/** The portal named by the lycée's FAQ: the widget's default. */
const ENT_HELP_DEFAULT_PORTAL_URL = 'https://ent.iledefrance.fr';

/** The lycée's address named by the FAQ: the widget's default. */
const ENT_HELP_DEFAULT_CONTACT_EMAIL = 'campus.coulommiers@ac-creteil.fr';

/**
 * Whether the widget accepts this portal address: an https: URL with a host, no white space,
 * and (stricter than the widget, never looser) no user name or password before the host.
 *
 * @param string $url Address, already trimmed.
 * @return bool
 */
function ent_help_is_valid_portal_url( string $url ): bool {
	if ( ! preg_match( '~^https://[^\s/]\S*$~i', $url ) ) {
		return false;
	}
	$parts = wp_parse_url( $url );
	return is_array( $parts ) && ! empty( $parts['host'] ) && ! isset( $parts['user'] ) && ! isset( $parts['pass'] );
}

/**
 * A contact address as the widget reads it (validateConfig() in src/data/config.ts): trimmed, and
 * without the « mailto: » of a link's address pasted as it is from the site's editor.
 *
 * @param string $email Address as typed.
 * @return string
 */
function ent_help_contact_email_of( string $email ): string {
	return (string) preg_replace( '/^mailto:\s*/i', '', trim( $email ) );
}

/**
 * Whether the widget accepts this contact address (the same pattern as the widget's, Unicode
 * domains included).
 *
 * @param string $email Address, already trimmed.
 * @return bool
 */
function ent_help_is_valid_contact_email( string $email ): bool {
	return 1 === preg_match( '/^[^\s@<>()",;:?&%#\/\\\\]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/iu', $email );
}
