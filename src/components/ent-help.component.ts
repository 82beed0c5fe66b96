import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULTS, keyword, nodeNotice, validateConfig, type Config } from '../data/config.js';
import type { EntHelpHistory, EntHelpMode, EntHelpPersist, EntHelpTheme } from '../data/config.js';
import { DEFAULT_CONFIG } from '../data/default-tree.js';
import { back, choose, getNode, goTo, restart, start, withTree, type Navigation } from '../data/navigator.js';
import type { NodeId } from '../data/types.js';
import { ChecklistController } from '../controllers/checklist.js';
import { ClosedCases } from '../controllers/closed-cases.js';
import { CopyController } from '../controllers/copy.js';
import { FallbackSlot } from '../controllers/fallback.js';
import { FocusController, type Going } from '../controllers/focus.js';
import { defaultTree, LocaleController } from '../controllers/locale.js';
import { MessageController } from '../controllers/message.js';
import { PrintController } from '../controllers/print.js';
import { Refusals } from '../controllers/refusals.js';
import { ResolvedController } from '../controllers/resolved.js';
import { StorageController } from '../controllers/storage.js';
import { TreeSource } from '../controllers/tree-source.js';
import { UrlController } from '../controllers/url.js';
import { emitNavigation } from '../internal/events.js';
import { chooseLocale, type Locale } from '../internal/localization.js';
import { inSlice, nextSlice } from '../internal/slices.js';
import { follow, unfollow } from '../internal/window-events.js';
import { found, toggled } from '../views/accordion.js';
import { data } from '../views/content.js';
import { frame, type FrameHost } from '../views/frame.js';
import { accordion } from '../styles/accordion.js';
import { base } from '../styles/base.js';
import { outcome } from '../styles/outcome.js';
import { print } from '../styles/print.js';
import { stepper } from '../styles/stepper.js';
import { tokens } from '../styles/tokens.js';

/**
 * Walks a student or a parent who cannot sign in to the Île-de-France ENT through the
 * lycée's troubleshooting decision tree, to the steps to follow or the person to contact.
 *
 * @summary The lycée's ENT sign-in help, as a step-by-step guide or an accordion.
 *
 * Accessibility (RGAA 4.1 / WCAG 2.2 AA, see docs/accessibility.md): focus moves to each new
 * step's heading and a polite status announces it; the accordion follows the WAI-ARIA APG
 * pattern; find in page opens the case that holds the match (`hidden="until-found"`); printing
 * (`beforeprint`) shows the answers given and the whole outcome, or every case open, without
 * buttons.
 *
 * @attr {"stepper" | "accordion"} mode - How the tree is shown: one question at a time
 *   (`stepper`, the default) or every case as a section of an accordion (`accordion`).
 * @attr {string} node - Id of the node shown (`accueil`, `cas-1`, `cas-2`,
 *   `cas-2-mail-non-recu`, `cas-3`, `autres-cas`). Reflects navigation; set it to show a node.
 * @attr {number} heading-level - Level (1–6) of the widget's title; the headings inside
 *   follow from it. Default 2.
 * @attr {string} portal-url - The ENT portal's `https:` URL. Default `https://ent.iledefrance.fr`.
 * @attr {string} contact-email - The school's contact address. Default
 *   `campus.coulommiers@ac-creteil.fr` (the built-in tree's lycée); with a tree of the school's own,
 *   none: without a valid one, `{email}` reads « demandez de l'aide à votre établissement ».
 * @attr {boolean} no-language-picker - Hides the language picker (the row of Français,
 *   English, العربية, Português buttons). The locale still follows `lang`.
 * @attr {string} lang - The language (`fr`, `en`, `ar`, `pt`; `pt-BR` counts as `pt`). Without
 *   it, the nearest ancestor's `lang`; an unknown or missing one gives French. There is one
 *   locale per page: every instance shows it, and a language picked in the widget wins over
 *   `lang` until the page is reloaded.
 * @attr {"push" | "replace" | "none"} history - Links to a node: the URL fragment
 *   `#ent-help=<id>` opens that node (stepper) or opens and scrolls to that case (accordion),
 *   and each navigation writes it with `history.pushState` (`push`, the default: Back steps back
 *   through the answers) or `history.replaceState` (`replace`); `none` neither reads nor writes the
 *   URL. Only one instance per page owns the fragment: the first connected one without
 *   `history="none"`. A fragment that is not `#ent-help=…` belongs to the page and is left alone.
 * @attr {"session" | "none"} persist - `session` (default): the path survives a reload in the
 *   same tab (sessionStorage, key `ent-help:<page path and query>[#<element id>|@<index>]`, node ids
 *   only); `none`: nothing is stored, and switching to it removes what was stored. A link to a node wins over the stored path, which wins over `node`. The
 *   ticked steps of the checklist are kept the same way (key `…:steps`), and forgotten on restart.
 * @attr {"light" | "dark" | "auto"} theme - The colours: `auto` (default) follows the system's
 *   `prefers-color-scheme`; `light` and `dark` force one. Custom properties set by the host win
 *   over both. Printing is always black on white.
 * @attr {string} src - Address of a tree of the school's own, as JSON (format:
 *   src/data/tree.schema.json): an `https:` URL or one on the same site, fetched once without
 *   cookies (the page's CSP must allow it in `connect-src`). A child
 *   `<script type="application/json">` holding the tree does the same without a request, and wins.
 *   A custom tree is shown as written, in every locale (its texts are not translated, and the
 *   language picker is hidden), marked with its own language (its `lang`, French when absent);
 *   one that cannot be used shows that the help could not be shown, the school's address (`contact-email`; without it, « ask your school » and no address), the portal
 *   and the element's own text if any, never the built-in tree (another lycée's); what is wrong
 *   only with `debug`.
 * @attr {boolean} debug - Staff preview: the widget also shows what it refused (a setting, a custom
 *   tree's problems) in a notice worded for the site's staff. Set it while setting the page up, and
 *   remove it before publishing: without it, families see no developer text, and every refused
 *   setting still gives one console warning and an `ent-help-setting-refused` event.
 *
 * @fires {EntHelpNavigateEvent} ent-help-navigate - The node shown changed (by the user,
 *   a method or the `node` property). Detail: `{ node, path, previous, outcome }`, ids only.
 * @fires {EntHelpOutcomeEvent} ent-help-outcome - Navigation reached an outcome. Detail:
 *   `{ node, path }`, ids only.
 * @fires {EntHelpResolveEvent} ent-help-resolve - The person answered « Problème résolu ? »
 *   at an outcome. Detail: `{ node, resolved }` (`true` for yes).
 * @fires {EntHelpLinkCopyEvent} ent-help-link-copy - The link to the node shown was copied.
 *   Detail: `{ node }`.
 * @fires {EntHelpSettingRefusedEvent} ent-help-setting-refused - A setting was refused (the default
 *   is kept) or a custom tree cannot be used, once per distinct problem, at the update after it was
 *   found. Detail: `{ attribute, value, reason }`: the attribute (`script` for a child tree), the value
 *   as given (`null` when missing), what to fix (English, the console warning's text).
 * @fires {EntHelpMessageEvent} ent-help-message - The ready-to-send message of the outcome shown
 *   was opened in the mail client, copied or printed. Detail: `{ node, action }` with `action`
 *   `"open"`, `"copy"` or `"print"`; never the message's text.
 *
 * @csspart base - The widget's frame; carries the locale's `lang` and `dir`.
 * @csspart language-picker - The group of language buttons.
 * @csspart language-button - One language button (`aria-pressed` on the one shown).
 * @csspart title - The widget's title.
 * @csspart trail - The answers given so far and the step number (stepper).
 * @csspart progress - The progress bar (stepper).
 * @csspart step - The current question or outcome (stepper).
 * @csspart step-title - The heading of the current question or outcome (stepper).
 * @csspart choice - An answer button (stepper).
 * @csspart steps - A numbered list of steps to follow.
 * @csspart note - Advice set apart (a delay, a tip).
 * @csspart contacts - Who to contact.
 * @csspart link - A link to the portal or to the contact address.
 * @csspart back-button - The « Retour » button (stepper).
 * @csspart restart-button - The « Recommencer » button (stepper).
 * @csspart next-steps - « Ça n'a pas marché ? » (the FAQ's « ET SI ?... » at Cas 2): the ways on under an outcome, the last one « Autres Cas ».
 * @csspart resolved - The « Problème résolu ? » box under an outcome.
 * @csspart resolved-button - Its « Oui » and « Non » buttons (`aria-pressed` on the answer given).
 * @csspart copy-link-button - The « Copier le lien vers cette étape » button.
 * @csspart copy-link-fallback - The read-only field holding the link when it could not be copied.
 * @csspart step-checkbox - The checkbox of one step to follow (ticks survive a reload, like the path).
 * @csspart copy-button - A « Copier l’adresse » button next to the portal's or the contact address.
 * @csspart message - The ready-to-send message box, at an outcome that says to write to someone.
 * @csspart message-mail-button - « Écrire le message »: a `mailto:` link styled as a button
 *   (only where the source names an address).
 * @csspart message-copy-button - « Copier le message ».
 * @csspart message-print-button - « Imprimer le message » (where the contact has no address).
 * @csspart message-text - The message's text, under « Lire le message ».
 * @csspart print-button - « Imprimer cette procédure », at an outcome.
 * @csspart section - One case of the accordion.
 * @csspart section-button - The button that opens or closes a case (accordion).
 * @csspart section-panel - The content of a case (accordion).
 * @csspart notice - A box set apart: a link to no node (in plain words), a custom tree that cannot be
 *   shown and who to ask, and with `debug` only, the configuration problems, worded for the site's staff.
 *
 * @cssprop [--ent-help-accent=#000091] - Buttons, links, step numbers, the top border.
 * @cssprop [--ent-help-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--ent-help-text=#161616] - Body text.
 * @cssprop [--ent-help-muted=#3a3a3a] - Secondary text (hints, labels).
 * @cssprop [--ent-help-background=#ffffff] - The widget's background.
 * @cssprop [--ent-help-surface=#f6f6f6] - Background of the contacts box.
 * @cssprop [--ent-help-hover=#f0f0fe] - Background of a hovered or open button.
 * @cssprop [--ent-help-info-surface=#e8edff] - Background of notes.
 * @cssprop [--ent-help-border=#929292] - Borders of answer buttons.
 * @cssprop [--ent-help-border-light=#dddddd] - Separators and frames.
 * @cssprop [--ent-help-focus-ring=#0a76f6] - The keyboard focus ring.
 * @cssprop [--ent-help-warning=#b34000] - Border of a configuration notice.
 * @cssprop [--ent-help-radius=8px] - Corner radius.
 * @cssprop [--ent-help-font-family=system-ui] - The font (the host's own font, if you like).
 */
export class EntHelp extends LitElement implements FrameHost {
  static override styles = [tokens, base, stepper, outcome, accordion, print];

  static override properties = {
    mode: { reflect: true, converter: keyword },
    node: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    portalUrl: { attribute: 'portal-url' },
    contactEmail: { attribute: 'contact-email' },
    noLanguagePicker: { attribute: 'no-language-picker', type: Boolean },
    history: { converter: keyword },
    persist: { converter: keyword },
    theme: { reflect: true, converter: keyword },
    debug: { type: Boolean },
  };

  static {
    // Internal state, reactive: not in `properties`, which lists the public API. Named by an
    // object key, not a string, so that the build renames it with the member (guardInternalNames); its
    // own keys, not for…in, which also lists a page's enumerable Object.prototype methods (and made them state).
    for (const name of Object.keys({ nav: 0 })) this.createProperty(name, { state: true });
  }

  /**
   * How the tree is shown: `stepper` (default) or `accordion`.
   * @default 'stepper'
   */
  declare mode: EntHelpMode;

  /**
   * Id of the node shown. Setting it shows that node (stepper) or opens that case
   * (accordion); an unknown id is refused with a warning and the node shown is kept. Empty
   * until the first render, then the node shown: the tree's start (`accueil` in the built-in tree).
   * @default ''
   */
  declare node: NodeId;

  /**
   * Level (1–6) of the widget's title; the headings inside follow from it.
   * @default 2
   */
  declare headingLevel: number;

  /** The ENT portal's URL; only `https:` URLs are accepted. @default 'https://ent.iledefrance.fr' */
  declare portalUrl: string;

  /** The school's contact e-mail address. @default 'campus.coulommiers@ac-creteil.fr' */
  declare contactEmail: string;

  /**
   * Hides the language picker.
   * @default false
   */
  declare noLanguagePicker: boolean;

  /**
   * How navigation is written to the URL's `#ent-help=<id>` fragment: `push` (default, a
   * history entry per step, so Back steps back through the answers), `replace` (one entry,
   * updated in place) or `none` (the URL is neither read nor written).
   * @default 'push'
   */
  declare history: EntHelpHistory;

  /**
   * `session` (default): the path survives a reload in the same tab (sessionStorage); `none`: nothing is stored.
   * @default 'session'
   */
  declare persist: EntHelpPersist;

  /**
   * `auto` (default): light or dark as the system prefers; `light` or `dark`: forced. Reflected (the styles read it).
   * @default 'auto'
   */
  declare theme: EntHelpTheme;

  /**
   * Staff preview: also shows what was refused (a setting, a custom tree) to the staff. Remove before publishing.
   * @default false
   */
  declare debug: boolean;
  /** @internal The navigation state (data/navigator.ts): the tree and the path to the node shown. */
  declare nav: Navigation;
  /** @internal The configuration in use (data/config.ts), checked before each render. */
  config: Config = { mode: 'stepper', headingLevel: 2, ...DEFAULT_CONFIG };
  /** @internal */ notices: readonly string[] = [];

  /** @internal The school's own tree, if any; one from `src` arrives later, and is then shown as at connection. */
  readonly treeSource = new TreeSource(this, (tree) => {
    this.nav = start(tree);
    this.keeper.restorePath();
    this.linker.read();
  });
  /** @internal */ readonly locale = new LocaleController(this);
  /** @internal */ readonly linker = new UrlController(this);
  /** @internal */ readonly keeper = new StorageController(this);
  /** @internal */ readonly printer = new PrintController(this);
  /** @internal */ readonly copier = new CopyController(this);
  /** @internal */ readonly messenger = new MessageController(this);
  /** @internal */ readonly resolution = new ResolvedController(this);
  /** @internal */ readonly focuser = new FocusController(this);
  /** @internal */ readonly checklist = new ChecklistController(this);
  /** @internal */ readonly closedCases = new ClosedCases(this);
  /** @internal */ readonly fallbackSlot = new FallbackSlot(this);
  /** @internal */ readonly refusals = new Refusals(this);

  constructor() {
    super();
    Object.assign(this, DEFAULTS, { nav: start(defaultTree()) });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'src'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // A host that changes lang on a connected element means it (over the person's choice). Before the
    // first render, it is the element's own lang, as when connected: one parsed from HTML into the page
    // (insertAdjacentHTML, a CMS's block) gets it while upgraded there.
    if (name === 'lang' && old !== value && this.isConnected) this.locale.request(this.hasUpdated);
    if (name === 'src' && old !== value) this.treeSource.srcChanged();
  }

  /** Shows the previous node. Does nothing at the start. */
  back(): void {
    this.navigate(back(this.nav));
  }

  /** Goes back to the first question, and forgets the ticked steps. */
  restart(): void {
    this.checklist.forget();
    this.navigate(restart(this.nav));
  }

  /**
   * Shows a node by its id, by the shortest path from the start.
   * @returns `false` (and shows nothing new) when the tree has no such node.
   */
  goTo(id: NodeId): boolean {
    if (!getNode(this.nav.tree, id)) return false;
    this.navigate(goTo(this.nav, id));
    return true;
  }

  /** Resolves once rendered, in the accordion with the closed cases' content (a task after the first render). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.closedCases.whenFilled(() => super.getUpdateComplete());
  }

  protected override async scheduleUpdate(): Promise<void> {
    while (!this.hasUpdated && !inSlice()) await nextSlice();
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    follow(this);
    this.nav = withTree(this.nav, this.treeSource.tree ?? defaultTree());
    // A link to a node wins over the remembered path, which wins over the `node` attribute.
    if (!this.hasUpdated) this.keeper.restorePath();
    this.linker.read();
  }

  override disconnectedCallback(): void {
    unfollow(this);
    super.disconnectedCallback();
  }

  /** @internal The page's window events, heard once per page (internal/window-events.ts). */
  onWindowEvent(event: Event): void {
    if (event.type === 'beforeprint') this.printer.before();
    else if (event.type === 'afterprint') void this.printer.after();
    else if (event.type === 'popstate' || event.type === 'hashchange') this.linker.read();
    else this.locale.onStatus(event);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A removed attribute sets its property to null: that means "back to the default".
    for (const [key, value] of Object.entries(DEFAULTS)) (this as Record<string, unknown>)[key] ??= value;
    if (changed.has('persist') && this.persist === 'none') this.keeper.forget();
    const { config, notices } = validateConfig(this, {
      headingLevelAttribute: this.getAttribute('heading-level'),
      customTree: this.treeSource.custom,
      contactEmailGiven: this.hasAttribute('contact-email'),
    });
    // The host switching mode re-renders every control: focus goes to the node shown, never to <body>.
    if (this.hasUpdated && config.mode !== this.config.mode) this.focuser.plan(false);
    this.config = config;
    // After a locale change: the same node, in the new locale's tree.
    this.nav = withTree(this.nav, this.treeSource.tree ?? defaultTree());
    if (changed.has('node') && this.node !== this.currentId && !this.treeSource.blocked) {
      const next = this.node ? goTo(this.nav, this.node) : this.nav;
      const ids = this.nav.tree.nodes.map((n) => n.id);
      if (this.node && next === this.nav) notices.unshift(nodeNotice(this.node, ids));
      this.navigate(next, { focus: false });
      this.focuser.reveal = this.hasUpdated || this.mode === 'accordion';
    }
    this.notices = notices.map((n) => this.refusals.refuse(n));
  }

  protected override render(): TemplateResult {
    return frame(this);
  }

  /**
   * @internal The one way the node shown changes: updates the state, the `node` property (here
   * only), storage, the URL, the announcement and focus, and fires `ent-help-navigate` once.
   */
  navigate(next: Navigation, { focus, fromUrl, reveal, person }: Going = {}): void {
    // A link to a node also opens what hides the widget on the page (focus.ts).
    if (reveal) this.focuser.reveal = this.focuser.revealPage = true;
    const previous = this.currentId;
    const moved = next !== this.nav;
    this.nav = next;
    this.node = this.currentId;
    if (!moved || !this.hasUpdated) return;
    this.copier.set();
    this.linker.notice = '';
    this.resolution.answer = undefined;
    this.keeper.store('', next.path);
    // Only a person's own step is a history entry (history="push"): changes made by code replace it.
    if (!fromUrl) this.linker.write(!person);
    this.focuser.plan(focus);
    emitNavigation(this, next, previous);
  }

  /** @internal */ get currentId(): NodeId {
    return this.nav.path.at(-1)!;
  }

  /** @internal Renders now: the browser lays the page out for print as soon as beforeprint returns. */
  flush(): void {
    this.performUpdate();
  }

  // The listeners, bound by the views (`@click=${host.onChoose}`): methods, not per-render closures
  // (Lit calls them with the element as `this`, and does not re-add an unchanged one at each render).
  // What a listener needs is in the data-* attributes of the element it is bound to (`data()`).

  /** @internal An answer. */ onChoose(event: Event): void {
    this.navigate(choose(this.nav, data(event, 'next')), { focus: true, person: true });
  }

  /** @internal A way on in the accordion: its case opens under the outcome. */ onGoTo(event: Event): void {
    const node = data(event, 'next');
    this.navigate(choose(this.nav, node), { focus: { kind: 'trigger', node }, reveal: true, person: true });
  }

  /** @internal An answer of the trail: back to that question. */ onTrail(event: Event): void {
    this.navigate(goTo(this.nav, data(event, 'node')), { focus: true, person: true });
  }

  /** @internal */ onBack(): void {
    this.navigate(back(this.nav), { focus: { kind: 'choice', next: this.currentId }, person: true });
  }

  /** @internal */ onRestart(): void {
    this.checklist.forget();
    this.navigate(restart(this.nav), { focus: true, person: true });
  }

  /** @internal A case's button: it closes, or opens there. */ onToggle(event: Event): void {
    const [parent, node] = [data(event, 'parent'), data(event, 'node')];
    this.navigate(toggled(this.nav, parent, node), { focus: { kind: 'trigger', node, parent }, person: true });
  }

  /** @internal Find in page reveals a closed case. */ onBeforeMatch(event: Event): void {
    this.navigate(found(this.nav, event), { person: true });
  }

  /** @internal « Oui » / « Non » under an outcome. */ onResolve(event: Event): void {
    this.resolution.answered(event.currentTarget as HTMLElement);
  }

  /** @internal A step ticked or unticked: remembered like the path, announced « Étape 3 sur 5 faite ». */
  onTick(event: Event): void {
    this.copier.set({ target: '', status: this.checklist.toggle(event.currentTarget as HTMLInputElement) });
  }

  /** @internal */ onLanguage(event: Event): void {
    void chooseLocale((event.currentTarget as HTMLElement).lang as Locale);
  }

  /** @internal A « Copier … » button (`data-copy`). */ onCopy(event: Event): void {
    void this.copier.press(event.currentTarget as HTMLElement);
  }

  /** @internal A button of the ready-to-send message (`data-action`). */ onMessage(event: Event): void {
    void this.messenger.act(event.currentTarget as HTMLElement);
  }

  /** @internal */ onPrint(): void {
    this.printer.print();
  }
}
