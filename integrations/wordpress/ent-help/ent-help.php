<?php
/**
 * Plugin Name:       ENT sign-in help
 * Description:       The « Aide connexion ENT » block and the [ent_help] shortcode: the &lt;ent-help&gt; widget that walks a student or a parent who cannot sign in to the Île-de-France ENT through the lycée's troubleshooting procedure, with the whole procedure as plain text inside.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            ent-help
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ent-help
 * Domain Path:       /languages
 *
 * @package EntHelp
 */

defined( 'ABSPATH' ) || exit;

define( 'ENT_HELP_VERSION', '0.2.0' );
define( 'ENT_HELP_FILE', __FILE__ );
define( 'ENT_HELP_DIR', plugin_dir_path( __FILE__ ) );

require_once ENT_HELP_DIR . 'includes/validation.php';
require_once ENT_HELP_DIR . 'includes/settings.php';
require_once ENT_HELP_DIR . 'includes/assets.php';
require_once ENT_HELP_DIR . 'includes/render.php';
require_once ENT_HELP_DIR . 'includes/block.php';
require_once ENT_HELP_DIR . 'includes/shortcode.php';

// Before the block is registered (init, 10): its title and description are translated then.
add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'ent-help', false, dirname( plugin_basename( ENT_HELP_FILE ) ) . '/languages' );
	},
	5
);
