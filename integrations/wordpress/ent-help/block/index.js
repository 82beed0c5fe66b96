/**
 * Editor side of the « ENT sign-in help » block: the sidebar settings and a live preview (the
 * classic build of the widget, loaded in the editor by includes/assets.php). Plain JavaScript
 * over the wp.* globals, no build step. save() returns null: the page is rendered in PHP
 * (includes/block.php), so the post stores no HTML.
 */
/* global wp */
(function (blocks, blockEditor, components, element, i18n) {
  const { __, sprintf } = i18n;
  const el = element.createElement;
  const { InspectorControls, useBlockProps } = blockEditor;
  const { Button, PanelBody, SelectControl, TextControl, ToggleControl, Disabled, ExternalLink } = components;
  const defaults = window.entHelpBlockDefaults || {};

  // The widget's own checks (src/components/ent-help.component.ts), to warn before publishing.
  const EMAIL = /^[^\s@<>()",;:?&%#/\\]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/iu;
  const isEmail = (value) => EMAIL.test(value);
  const isPortal = (value) => {
    try {
      const url = new URL(value);
      return /^https:\/\/[^\s/]\S*$/i.test(value) && !!url.host && !url.username && !url.password;
    } catch {
      return false;
    }
  };

  function Edit({ attributes, setAttributes }) {
    const { mode, contactEmail, portalUrl, headingLevel, languagePicker, debug } = attributes;
    // Not set (undefined): the site's setting (Settings › ENT sign-in help).
    const ownDebug = typeof debug === 'boolean';
    const showProblems = ownDebug ? debug : !!defaults.debug;
    const email = contactEmail.trim();
    const portal = portalUrl.trim();
    const preview = {
      mode,
      'heading-level': String(headingLevel),
      'contact-email': email || defaults.contactEmail,
      'portal-url': portal || defaults.portalUrl,
      history: 'none',
      persist: 'none',
    };
    if (!languagePicker) preview['no-language-picker'] = '';
    if (showProblems) preview.debug = '';

    return el(
      'div',
      useBlockProps(),
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Display', 'ent-help') },
          el(SelectControl, {
            label: __('Presentation', 'ent-help'),
            value: mode,
            options: [
              { value: 'stepper', label: __('One question at a time (stepper)', 'ent-help') },
              { value: 'accordion', label: __('Every case as a section (accordion)', 'ent-help') },
            ],
            onChange: (value) => setAttributes({ mode: value }),
          }),
          el(SelectControl, {
            label: __('Level of the title', 'ent-help'),
            help: __('Pick the level that follows the headings of your page.', 'ent-help'),
            value: String(headingLevel),
            options: [1, 2, 3, 4, 5, 6].map((level) => ({
              value: String(level),
              /* translators: %d: heading level, 1 to 6. */
              label: sprintf(__('Heading %d', 'ent-help'), level),
            })),
            onChange: (value) => setAttributes({ headingLevel: Number(value) }),
          }),
          el(ToggleControl, {
            label: __('Show the language picker', 'ent-help'),
            help: __('Français, English, العربية, Português.', 'ent-help'),
            checked: languagePicker,
            onChange: (value) => setAttributes({ languagePicker: value }),
          }),
        ),
        el(
          PanelBody,
          { title: __('School', 'ent-help') },
          el(TextControl, {
            label: __('Contact address', 'ent-help'),
            type: 'email',
            value: contactEmail,
            placeholder: defaults.contactEmail,
            help:
              email && !isEmail(email)
                ? __('This is not an e-mail address: the widget will ignore it.', 'ent-help')
                : /* translators: %s: the site's contact address. */
                  sprintf(__('Empty: the site’s address (%s).', 'ent-help'), defaults.contactEmail),
            onChange: (value) => setAttributes({ contactEmail: value }),
          }),
          el(TextControl, {
            label: __('ENT portal', 'ent-help'),
            type: 'url',
            value: portalUrl,
            placeholder: defaults.portalUrl,
            help:
              portal && !isPortal(portal)
                ? __(
                    'Only an https:// address without user name or password is accepted: the widget will ignore this one.',
                    'ent-help',
                  )
                : /* translators: %s: the site's ENT portal. */
                  sprintf(__('Empty: the site’s portal (%s).', 'ent-help'), defaults.portalUrl),
            onChange: (value) => setAttributes({ portalUrl: value }),
          }),
          defaults.settingsUrl
            ? el(ExternalLink, { href: defaults.settingsUrl }, __('Change the site’s addresses', 'ent-help'))
            : null,
        ),
        el(
          PanelBody,
          { title: __('Setting up', 'ent-help'), initialOpen: showProblems },
          el(ToggleControl, {
            label: __('Show setting problems in the widget (turn off before publishing)', 'ent-help'),
            help: ownDebug
              ? __('This block’s own choice. Students and parents see these notices too while it is on.', 'ent-help')
              : defaults.debug
                ? __('On, as the site’s setting says. Students and parents see these notices too.', 'ent-help')
                : __('Off, as the site’s setting says.', 'ent-help'),
            checked: showProblems,
            onChange: (value) => setAttributes({ debug: value }),
          }),
          ownDebug
            ? el(
                Button,
                { variant: 'link', onClick: () => setAttributes({ debug: undefined }) },
                __('Follow the site’s setting', 'ent-help'),
              )
            : null,
        ),
      ),
      el(Disabled, null, el('ent-help', preview)),
    );
  }

  blocks.registerBlockType('ent-help/aide-connexion', {
    edit: Edit,
    save: () => null,
  });
})(wp.blocks, wp.blockEditor, wp.components, wp.element, wp.i18n);
