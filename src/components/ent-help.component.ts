import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LOCALE_STATUS_EVENT, msg, str, type LocaleStatusEventDetail } from '@lit/localize';
import { createDefaultTree, DEFAULT_CONFIG } from '../data/default-tree.js';
import { parseInline, plainText, type Segment } from '../data/inline.js';
import { buildMessage, contactsOf, describeBrowser, mailtoUrl, type Message } from '../data/message.js';
import {
  answers,
  back,
  choicesOf,
  choose,
  current,
  getNode,
  goTo,
  isHomeOf,
  nextSteps,
  path,
  position,
  restart,
  routeTo,
  start,
  withTree,
  type Answer,
  type Navigation,
} from '../data/navigator.js';
import type { Audience, Block, Choice, InlineText, NodeId, Tree, TreeNode } from '../data/types.js';
import type {
  EntHelpLinkCopyDetail,
  EntHelpMessageAction,
  EntHelpMessageDetail,
  EntHelpNavigateDetail,
  EntHelpOutcomeDetail,
  EntHelpResolveDetail,
} from './events.js';
import { styles } from './ent-help.styles.js';
import { chooseLocale, getLocale, LANGUAGES, requestLocale, resolveLocale, type Locale } from './localization.js';
import { TreeSource } from './tree-source.js';

/** How the tree is shown. */
export type EntHelpMode = 'stepper' | 'accordion';

/** How navigation is written to the page's URL: a history entry per step, one entry replaced, or nothing. */
export type EntHelpHistory = 'push' | 'replace' | 'none';

/** Where the path is remembered: the tab's sessionStorage, or nowhere. */
export type EntHelpPersist = 'session' | 'none';

/** The colours: light, dark, or the system's choice (`prefers-color-scheme`). */
export type EntHelpTheme = 'light' | 'dark' | 'auto';

/** The fragment that links to a node: `#ent-help=<node-id>`. */
const FRAGMENT_PREFIX = '#ent-help=';

/** Connected instances, in the order they were connected: the first without history="none" owns the fragment. */
const connected: EntHelp[] = [];
/** Whether the page's window listeners are there (see EntHelp.listen). */
let listening = false;

/**
 * The node id in the page's `#ent-help=<id>` fragment (as written when its percent-encoding is
 * malformed, empty for `#ent-help=`), or `undefined` when the fragment is not one.
 */
function fragmentNode(): NodeId | undefined {
  const hash = window.location.hash;
  if (!hash.startsWith(FRAGMENT_PREFIX)) return undefined;
  const id = hash.slice(FRAGMENT_PREFIX.length);
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * Writes the page's URL with replaceState or pushState, keeping the host's `history.state`.
 * @returns false where the browser refuses (a sandboxed or opaque-origin page): the widget works without it.
 */
function setUrl(url: string, replace: boolean): boolean {
  try {
    window.history[replace ? 'replaceState' : 'pushState'](window.history.state, '', url);
    return true;
  } catch {
    return false;
  }
}

/** The tab's sessionStorage once read (`undefined` where reading it throws); `null` before. */
let storage: Storage | undefined | null = null;

/**
 * The tab's sessionStorage, or `undefined` where reading it throws (sandboxed iframe, storage
 * disabled). Read once per page: the same object (or the same refusal) every time after.
 */
function sessionStore(): Storage | undefined {
  if (storage === null) {
    try {
      storage = window.sessionStorage;
    } catch {
      storage = undefined;
    }
  }
  return storage;
}

/** The browser and device, as the ready-to-send message says them: the same for every widget of the page, so found once. */
let device: string | undefined;

const MODES: readonly EntHelpMode[] = ['stepper', 'accordion'];
const THEMES: readonly EntHelpTheme[] = ['light', 'dark', 'auto'];
const HISTORIES: readonly EntHelpHistory[] = ['push', 'replace', 'none'];
const PERSISTS: readonly EntHelpPersist[] = ['session', 'none'];
/** The keyword attributes and their allowed values (any theme but light and dark is auto to the styles). */
const KEYWORDS = [
  ['mode', MODES],
  ['history', HISTORIES],
  ['persist', PERSISTS],
  ['theme', THEMES],
] as const;
/** The placeholders that get a « Copier l’adresse » button. */
const COPYABLE = ['portal', 'email'] as const;
/** An address: internationalized local parts and domains (`élève@lycée.fr`) are accepted. */
const EMAIL_PATTERN = /^[^\s@<>()",;:?&%#/\\]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/iu;

const iconNext = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="m9 6 6 6-6 6" /></svg>`;
const iconBack = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="m15 6-6 6 6 6" /></svg>`;
const iconRestart = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M4 12a8 8 0 1 0 2.5-5.8M4 4v4h4" />
</svg>`;
const iconLink = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1" />
</svg>`;
const iconCopy = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M9 9h11v11H9zM5 15H4V4h11v1" />
</svg>`;
const iconMail = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 5h18v14H3zm0 0 9 8 9-8" /></svg>`;
const iconPrint = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M6 9V3h12v6M6 18H3V9h18v9h-3M6 14h12v7H6z" />
</svg>`;
const iconChevron = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6" /></svg>`;
const iconInfo = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <circle cx="12" cy="12" r="9" />
  <path d="M12 11v6M12 7.5v.5" />
</svg>`;
const iconExternal = html`<svg viewBox="0 0 24 24" aria-hidden="true" class="inline-icon">
  <path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" />
</svg>`;

/** Where focus goes after the next render. */
type FocusTarget =
  | { readonly kind: 'heading' }
  | { readonly kind: 'choice'; readonly next: NodeId }
  | { readonly kind: 'trigger'; readonly node: NodeId };

// The default tree is built once per locale (its texts come from msg()), on first use.
const treesByLocale = new Map<Locale, Tree>();

/** The default tree in the active locale. */
function defaultTree(): Tree {
  const locale = getLocale();
  let tree = treesByLocale.get(locale);
  if (!tree) treesByLocale.set(locale, (tree = createDefaultTree()));
  return tree;
}

const LOCALES = Object.keys(LANGUAGES) as Locale[];

/**
 * First renders run in slices of ~40 ms, never in the task that upgraded the element (the
 * module's evaluation, which also ends the page's parsing and lays it out). The first slice
 * opens in the next frame's animation callback (a timer stands in where frames do not come: a
 * hidden tab), so the frame painted next already holds the widget (no empty frame, no layout
 * shift); with many widgets on one page, the next slices are tasks of their own.
 */
let sliceEnd = -1;
let sliceOpens: Promise<void> | undefined;
let slices = 0;
const SLICE_MS = 40;

function inSlice(): boolean {
  return sliceEnd >= 0 && performance.now() <= sliceEnd;
}

function nextSlice(): Promise<void> {
  sliceOpens ??= new Promise((resolve) => {
    let opened = false;
    const open = () => {
      if (opened) return;
      opened = true;
      slices++;
      sliceOpens = undefined;
      sliceEnd = performance.now() + SLICE_MS;
      setTimeout(() => (sliceEnd = -1));
      resolve();
    };
    if (!slices) requestAnimationFrame(open);
    setTimeout(open, slices ? 0 : 100);
  });
  return sliceOpens;
}

/** Selects a read-only field's text when it gets focus (the link that could not be copied). */
function selectAll(event: Event): void {
  (event.target as HTMLInputElement).select();
}

/**
 * Parsed inline texts, with French typography applied, keyed by the text. The tree's texts
 * are few and fixed (per locale), so each is parsed once per page, not once per render.
 */
const segmentCache = new Map<InlineText, readonly Segment[]>();

function segmentsOf(text: InlineText): readonly Segment[] {
  let segments = segmentCache.get(text);
  if (!segments) {
    segments = parseInline(text).map((s) =>
      s.type === 'text' || s.type === 'strong' ? { type: s.type, text: typography(s.text) } : s,
    );
    segmentCache.set(text, segments);
  }
  return segments;
}

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
 *   `campus.coulommiers@ac-creteil.fr`.
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
 *   language picker is hidden); one that cannot be used shows what is wrong and the school's
 *   address, never the built-in tree.
 *
 * @fires {EntHelpNavigateEvent} ent-help-navigate - The node shown changed (by the user,
 *   a method or the `node` property). Detail: `{ node, path, previous, outcome }`, ids only.
 * @fires {EntHelpOutcomeEvent} ent-help-outcome - Navigation reached an outcome. Detail:
 *   `{ node, path }`, ids only.
 * @fires {EntHelpResolveEvent} ent-help-resolve - The person answered « Problème résolu ? »
 *   at an outcome. Detail: `{ node, resolved }` (`true` for yes).
 * @fires {EntHelpLinkCopyEvent} ent-help-link-copy - The link to the node shown was copied.
 *   Detail: `{ node }`.
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
 * @csspart notice - A configuration problem, worded for the site's staff.
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
export class EntHelp extends LitElement {
  static override styles = styles;

  /** How the tree is shown: `stepper` (default) or `accordion`. */
  @property({ reflect: true }) mode: EntHelpMode = 'stepper';

  /**
   * Id of the node shown. Setting it shows that node (stepper) or opens that case
   * (accordion); an unknown id is refused with a warning and the node shown is kept.
   */
  @property({ reflect: true }) node: NodeId = '';

  /** Level (1–6) of the widget's title; the headings inside follow from it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The ENT portal's URL; only `https:` URLs are accepted. */
  @property({ attribute: 'portal-url' }) portalUrl: string = DEFAULT_CONFIG.portalUrl;

  /** The school's contact e-mail address. */
  @property({ attribute: 'contact-email' }) contactEmail: string = DEFAULT_CONFIG.contactEmail;

  /** Hides the language picker. */
  @property({ attribute: 'no-language-picker', type: Boolean }) noLanguagePicker = false;

  /**
   * How navigation is written to the URL's `#ent-help=<id>` fragment: `push` (default, a
   * history entry per step, so Back steps back through the answers), `replace` (one entry,
   * updated in place) or `none` (the URL is neither read nor written).
   */
  @property() history: EntHelpHistory = 'push';

  /** `session` (default): the path survives a reload in the same tab (sessionStorage); `none`: nothing is stored. */
  @property() persist: EntHelpPersist = 'session';

  /** `auto` (default): light or dark as the system prefers; `light` or `dark`: forced. Reflected (the styles read it). */
  @property({ reflect: true }) theme: EntHelpTheme = 'auto';

  /**
   * A tree of the school's own, if any (tree-source.ts). A `src` tree arrives after connection:
   * then, as at connection, a link to a node or the remembered path wins over `node`.
   */
  private readonly treeSource = new TreeSource(this, (tree) => {
    this.nav = start(tree);
    this.restorePath();
    this.onUrlChange();
    if (this.nav.path.length > 1) this.node = this.currentId;
  });
  @state() private nav: Navigation = start(defaultTree());
  /** Whether the status region announces the current step (not before the first navigation). */
  @state() private announcing = false;
  @state() private notices: readonly string[] = [];
  /** Shown after a link to no node, until the next navigation. */
  @state() private linkNotice = '';
  /** True between `beforeprint` and `afterprint`: the print view is rendered. */
  @state() private printing = false;
  /** What the last "copy the link" did, shown by the button and announced; empty before. */
  @state() private copyStatus = '';
  /** The answer to « Problème résolu ? » at the outcome shown, if given. */
  @state() private resolved: boolean | undefined;
  /** The link offered for manual copy when no way of copying worked. */
  @state() private copyFallback = '';
  /** Which copy button `copyStatus` answers (`link`, `portal`, `email`, `message`); empty for other statuses. */
  @state() private copyTarget = '';
  /** Ticked steps, as `<node id>.<block>.<item>`. */
  @state() private ticks: ReadonlySet<string> = new Set();
  /** True while « Imprimer le message » prints: the print view is the message alone. */
  private printMessage = false;
  /** Whether closed cases of the accordion hold their content: from a task after the first render. */
  @state() private closedContent = false;

  /** The portal and address in use: the attributes when valid, else the defaults. Set in willUpdate. */
  private config: { portalUrl: string; contactEmail: string } = DEFAULT_CONFIG;
  private pendingFocus: FocusTarget | undefined;
  /** Whether focus was inside the widget when the node last changed. */
  private hadFocus = false;
  /** Where focus was when printing began, as child indexes from the shadow root. */
  private focusBeforePrint: number[] | undefined;
  private revealPending = false;
  /** Whether the URL's fragment was last seen or written as `#ent-help=<id>` by this instance. */
  private fragmentShown = false;
  /** The slot that shows the element's children (the fallback procedure) until the first render. */
  private fallbackSlot: HTMLSlotElement | undefined;
  private readonly warned = new Set<string>();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // A host that changes lang on a connected element means it.
    if (name === 'lang' && old !== value && this.isConnected) {
      void requestLocale(resolveLocale(this.closest('[lang]')?.getAttribute('lang')), { force: true });
    }
  }

  /** Shows the previous node. Does nothing at the start. */
  back(): void {
    this.navigate(back(this.nav));
  }

  /** Goes back to the first question, and forgets the ticked steps. */
  restart(): void {
    this.forgetTicks();
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
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.hasUpdated && !this.closedContent && this.effectiveMode === 'accordion') {
      await new Promise((resolve) => setTimeout(resolve));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override async scheduleUpdate(): Promise<void> {
    while (!this.hasUpdated && !inSlice()) await nextSlice();
    super.scheduleUpdate();
  }

  /**
   * Until the first render (a frame after the upgrade, see nextSlice), the shadow root shows the
   * element's own children through a slot: the snippet's fallback procedure stays on screen, so
   * the page's first paint holds it even when the script ran before that paint. The first render
   * removes the slot in the same task: no frame shows both, none shows neither.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.fallbackSlot = root.appendChild(document.createElement('slot'));
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.fallbackSlot?.remove();
    this.fallbackSlot = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!listening) EntHelp.listen();
    connected.push(this);
    void requestLocale(resolveLocale(this.closest('[lang]')?.getAttribute('lang')));
    this.nav = withTree(this.nav, this.treeSource.tree ?? defaultTree());
    // A link to a node wins over the remembered path, which wins over the `node` attribute.
    if (!this.hasUpdated) {
      this.restorePath();
      this.restoreTicks();
    } else {
      // Re-inserted: another instance may own the URL now (no « Copier le lien » here then).
      this.requestUpdate();
    }
    this.onUrlChange();
  }

  override disconnectedCallback(): void {
    if (connected.includes(this)) connected.splice(connected.indexOf(this), 1);
    // Removed while printing, it would not hear afterprint: back in, it is interactive.
    this.printing = this.printMessage = false;
    super.disconnectedCallback();
  }

  /**
   * The window events the instances follow (printing, Back/Forward and links to a node, a new
   * locale ready), each heard by one listener per page rather than one per instance: the
   * connected instances get it in the order they were connected, as their own listeners would.
   */
  private static listen(): void {
    listening = true;
    const handlers: [string, (el: EntHelp, event: Event) => void][] = [
      ['beforeprint', (el) => el.onBeforePrint()],
      ['afterprint', (el) => void el.onAfterPrint()],
      ['popstate', (el) => el.onUrlChange()],
      ['hashchange', (el) => el.onUrlChange()],
      // What updateWhenLocaleChanges() does, once per page.
      [
        LOCALE_STATUS_EVENT,
        (el, event) => {
          if ((event as CustomEvent<LocaleStatusEventDetail>).detail.status === 'ready') el.requestUpdate();
        },
      ],
    ];
    for (const [type, handle] of handlers) {
      window.addEventListener(type, (event) => {
        // As with listeners of their own: one disconnected meanwhile is skipped, one connected meanwhile
        // waits, and one that throws is reported without keeping the others from the event.
        for (const el of [...connected]) {
          if (!connected.includes(el)) continue;
          try {
            handle(el, event);
          } catch (error) {
            setTimeout(() => {
              throw error;
            });
          }
        }
      });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A removed attribute sets its property to null: that means "back to the default".
    this.mode ??= 'stepper';
    this.portalUrl ??= DEFAULT_CONFIG.portalUrl;
    this.contactEmail ??= DEFAULT_CONFIG.contactEmail;
    this.headingLevel ??= 2;
    this.history ??= 'push';
    this.persist ??= 'session';
    this.theme ??= 'auto';
    if (changed.has('persist') && this.persist === 'none')
      for (const key of [this.storageKey, `${this.storageKey}:steps`]) sessionStore()?.removeItem(key);
    // After a locale change: the same node, in the new locale's tree.
    this.nav = withTree(this.nav, this.treeSource.tree ?? defaultTree());
    const notices: string[] = [];
    if (changed.has('node') && this.node !== this.currentId && !this.treeSource.blocked) {
      const next = this.node ? goTo(this.nav, this.node) : this.nav;
      if (this.node && next === this.nav) {
        notices.push(
          this.warn(
            `node="${this.node}"`,
            `is not a node of this tree; use one of: ${this.nav.tree.nodes.map((n) => n.id).join(', ')}.`,
          ),
        );
      }
      this.navigate(next, { focus: false });
      this.revealPending = this.hasUpdated || this.mode === 'accordion';
    }
    // Keyword attributes: a value not allowed keeps the default (see effectiveMode, ownsFragment, savePath).
    for (const [name, allowed] of KEYWORDS) {
      const value = this[name];
      if (!(allowed as readonly string[]).includes(value)) {
        notices.push(
          this.warn(`${name}="${value}"`, `is not allowed; use ${allowed.map((v) => `"${v}"`).join(' or ')}.`),
        );
      }
    }
    if (!isHeadingLevel(this.headingLevel)) {
      const value = this.getAttribute('heading-level') ?? String(this.headingLevel);
      notices.push(
        this.warn(`heading-level="${value}"`, `is not a heading level; give a whole number from 1 to 6 (default 2).`),
      );
    }
    // Surrounding white space (a pasted value) is not an error.
    // A property set to a number or an object is a refused value like any other, not a crash.
    const portal = String(this.portalUrl).trim();
    const email = String(this.contactEmail).trim();
    // The defaults are valid: most pages keep them, and skip the checks.
    const config = {
      portalUrl: portal === DEFAULT_CONFIG.portalUrl || isHttps(portal) ? portal : DEFAULT_CONFIG.portalUrl,
      contactEmail:
        email === DEFAULT_CONFIG.contactEmail || EMAIL_PATTERN.test(email) ? email : DEFAULT_CONFIG.contactEmail,
    };
    if (config.portalUrl !== this.config.portalUrl || config.contactEmail !== this.config.contactEmail) {
      this.config = config;
    }
    if (config.portalUrl !== portal) {
      notices.push(this.warn(`portal-url="${portal}"`, `is refused: give an https:// address.`));
    }
    if (config.contactEmail !== email) {
      notices.push(this.warn(`contact-email="${email}"`, `is not an e-mail address; give one such as name@school.fr.`));
    }
    // The default address is another lycée's: a school's own tree needs its own.
    if (this.treeSource.custom && !this.hasAttribute('contact-email'))
      notices.push(this.warn('contact-email', "is missing: set contact-email to your school's address."));
    if (notices.join() !== this.notices.join()) this.notices = notices;
    if (!this.treeSource.blocked) this.node = this.currentId;
  }

  protected override updated(): void {
    // The first paint needs the cases' buttons only; find in page needs the closed ones' text soon after.
    if (!this.closedContent && this.effectiveMode === 'accordion') setTimeout(() => (this.closedContent = true));
    const root = this.renderRoot as ShadowRoot;
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    if (focus?.kind === 'choice') {
      root.querySelector<HTMLElement>(`[data-next="${CSS.escape(focus.next)}"]`)?.focus();
    } else if (focus?.kind === 'trigger') {
      root.getElementById(`trigger-${focus.node}`)?.focus();
    } else if (focus?.kind === 'heading') {
      (this.effectiveMode === 'accordion'
        ? root.getElementById(`trigger-${this.currentId}`)
        : root.getElementById('step-title')
      )?.focus();
    }
    // The focused button may have left the DOM (a closed section): never drop focus to <body>.
    if (this.hadFocus && (!root.activeElement || root.activeElement.closest('[hidden]'))) {
      (
        root.getElementById(`trigger-${this.currentId}`) ??
        root.querySelector<HTMLElement>('[data-trigger], #step-title')
      )?.focus();
    }
    this.hadFocus = false;
    if (this.revealPending) {
      this.revealPending = false;
      if (this.effectiveMode === 'accordion' && this.nav.path.length > 1) {
        root.getElementById(`section-${this.currentId}`)?.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  protected override render(): TemplateResult {
    const tree = this.nav.tree;
    const locale = getLocale();
    return html`
      <section class="base" part="base" aria-labelledby="title" lang=${locale} dir=${LANGUAGES[locale].dir}>
        ${this.printing ? nothing : this.renderLanguagePicker(locale)}
        <div class="title" part="title" id="title" role="heading" aria-level=${this.level(0)}>
          ${this.inline(tree.title)}
        </div>
        ${
          this.notices.length || this.linkNotice
            ? html`<div class="notice" part="notice" role="note">
                ${[...this.notices, this.linkNotice].map((n) => (n ? html`<p>${n}</p>` : nothing))}
              </div>`
            : nothing
        }
        ${
          this.treeSource.blocked
            ? this.treeSource.render(
                this.getAttribute('contact-email')?.trim() === this.config.contactEmail && this.inline('{email}'),
              )
            : this.printing && this.printMessage
              ? html`<pre class="message-text">${this.message()?.body}</pre>`
              : this.effectiveMode === 'accordion'
                ? this.renderAccordion()
                : this.printing
                  ? this.renderPrintedPath()
                  : this.renderStepper()
        }
        ${tree.source && !this.treeSource.blocked ? html`<p class="source">${this.inline(tree.source)}</p>` : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.copyStatus || this.resolvedNote(true) || (this.announcing ? this.announcement() : nothing)}
        </div>
      </section>
    `;
  }

  /** One button per language, each name in its own language; the one shown is pressed. */
  private renderLanguagePicker(active: Locale): TemplateResult | typeof nothing {
    if (this.noLanguagePicker || this.treeSource.custom) return nothing;
    return html`<div
      class="languages"
      part="language-picker"
      role="group"
      aria-label=${msg('Langue', { id: 'ui.language' })}
    >
      ${LOCALES.map(
        (code) =>
          html`<button
            type="button"
            part="language-button"
            lang=${code}
            dir=${LANGUAGES[code].dir}
            aria-pressed=${code === active ? 'true' : 'false'}
            @click=${this.onLanguage}
          >
            ${LANGUAGES[code].name}
          </button>`,
      )}
    </div>`;
  }

  /** What the status region says: the step shown, in the active locale. */
  private announcement(): string {
    const where = this.positionLabel();
    const title = this.plain(current(this.nav).title);
    return msg(str`${where} : ${title}`, { id: 'ui.announce-position' });
  }

  /** Where the person is, with no total that could change under them: « Question 2 », or « Ce qu’il faut faire » at an outcome. */
  private positionLabel(): string {
    const { question } = position(this.nav);
    return question === undefined
      ? msg('Ce qu’il faut faire', { id: 'ui.position-outcome' })
      : msg(str`Question ${question}`, { id: 'ui.position-question' });
  }

  /** An answer as the trail and the printed path show it: its label, or the widget's own way to `otherwise`. */
  private answerLabel(answer: Answer): InlineText {
    return answer.answer ?? msg('Ça ne marche toujours pas', { id: 'suite.autres-cas' });
  }

  // ---- Stepper -------------------------------------------------------------------

  private renderStepper(): TemplateResult {
    const node = current(this.nav);
    const given = answers(this.nav);
    const atStart = given.length === 0;
    return html`
      <nav class="trail" part="trail" aria-label=${msg('Votre parcours', { id: 'ui.trail-label' })}>
        ${atStart ? nothing : html`<p class="trail-label">${msg('Vos réponses :', { id: 'ui.answers' })}</p>`}
        <ol>
          ${given.map((answer) => {
            const label = this.answerLabel(answer);
            return html`<li>
              <button
                type="button"
                data-node=${answer.from}
                @click=${this.onTrail}
                aria-label=${msg(str`Changer la réponse : ${this.plain(label)}`, { id: 'ui.change-answer' })}
              >
                ${this.inline(label)}
              </button>
            </li>`;
          })}
          <li aria-current="step">${this.positionLabel()}</li>
        </ol>
      </nav>
      <div class="progress" part="progress" aria-hidden="true">
        ${given.map(() => html`<span class="done"></span>`)}<span class="current"></span>
      </div>
      <div class="card" part="step">
        <div
          class="step-title"
          part="step-title"
          id="step-title"
          role="heading"
          aria-level=${this.level(1)}
          tabindex="-1"
        >
          ${this.inline(node.title)}
        </div>
        ${
          node.kind === 'question'
            ? html`${node.hint ? html`<p class="hint">${this.inline(node.hint)}</p>` : nothing}
              ${this.renderChoices(node.choices)}`
            : html`${this.renderContent(node.content, node.id)}${this.renderMessage(node)}${this.renderNextSteps(node)}${this.renderResolved(node)}`
        }
      </div>
      ${
        atStart
          ? nothing
          : html`<div class="actions">
              <button type="button" class="back" part="back-button" @click=${this.onBack}>
                ${iconBack}${msg('Retour', { id: 'ui.back' })}
              </button>
              <button type="button" class="restart" part="restart-button" @click=${this.onRestart}>
                ${iconRestart}${msg('Recommencer', { id: 'ui.restart' })}
              </button>
              ${this.renderCopyLink()} ${this.renderPrint(node)}
            </div>`
      }
    `;
  }

  /**
   * The stepper on paper: each question asked with the answer given, then the current node in
   * full (an outcome with its contacts and its « ET SI ? » cases), with no control.
   */
  private renderPrintedPath(): TemplateResult {
    const nodes = path(this.nav);
    const node = current(this.nav);
    return html`
      ${
        nodes.length > 1
          ? html`<div class="trail" part="trail">
              <p class="trail-label">${msg('Vos réponses :', { id: 'ui.answers' })}</p>
              <ol class="printed-path">
                ${answers(this.nav).map(
                  (answer) =>
                    html`<li>
                      ${this.inline(answer.question ?? msg('Ça n’a pas marché ?', { id: 'suite.title' }))}
                      <strong>${this.inline(this.answerLabel(answer))}</strong>
                    </li>`,
                )}
              </ol>
            </div>`
          : nothing
      }
      <div class="card" part="step">
        <div class="step-title" part="step-title" id="step-title" role="heading" aria-level=${this.level(1)}>
          ${this.inline(node.title)}
        </div>
        ${
          node.kind === 'question'
            ? html`${node.hint ? html`<p class="hint">${this.inline(node.hint)}</p>` : nothing}
                <ul>
                  ${node.choices.map((c) => html`<li>${this.inline(c.label)}</li>`)}
                </ul>`
            : html`${this.renderContent(node.content)}
              ${
                node.followUps?.length && node.followUpsTitle
                  ? html`<div class="follow-ups-title" role="heading" aria-level=${this.level(2)}>
                      ${this.inline(node.followUpsTitle)}
                    </div>`
                  : nothing
              }
              ${(node.followUps ?? []).map((c) => {
                const next = getNode(this.nav.tree, c.next);
                return next
                  ? html`<div class="follow-ups">
                      <div class="follow-ups-title" role="heading" aria-level=${this.level(3)}>
                        ${this.inline(c.label)}
                      </div>
                      ${
                        next.kind === 'outcome'
                          ? this.renderContent(next.content)
                          : html`<p>${this.inline(next.title)}</p>
                              ${next.hint ? html`<p>${this.inline(next.hint)}</p>` : nothing}`
                      }
                    </div>`
                  : nothing;
              })}`
        }
      </div>
    `;
  }

  /** Answer buttons; `prefix` starts their accessible names (the « ET SI ? » case offered again after « Non »). */
  private renderChoices(choices: readonly Choice[], prefix?: string, goTo = false): TemplateResult {
    return html`<ul class="choices" role="list">
      ${choices.map(
        (c) =>
          html`<li>
            <button
              type="button"
              class="choice"
              part="choice"
              data-next=${c.next}
              aria-label=${prefix ? `${prefix} ${this.plain(c.label)}` : nothing}
              @click=${goTo ? this.onGoTo : this.onChoose}
            >
              <span class="choice-text">
                <span class="choice-label">${this.inline(c.label)}</span>
                ${c.hint ? html`<span class="choice-hint">${this.inline(c.hint)}</span>` : nothing}
              </span>
              ${iconNext}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  /**
   * « Ça n'a pas marché ? » (or the outcome's own follow-ups title, the FAQ's « ET SI ?... ») under
   * an outcome: the ways on (`nextSteps`), the last one « Autres Cas ». None at the end of the road.
   * `goTo` (the accordion) shows each where it lives; otherwise the stepper follows it as an answer.
   */
  private renderNextSteps(node: TreeNode, goTo = false): TemplateResult | typeof nothing {
    if (node.kind !== 'outcome' || node.id !== this.currentId) return nothing;
    const steps = nextSteps(this.nav);
    if (!steps.length) return nothing;
    const otherwise = this.nav.tree.otherwise && getNode(this.nav.tree, this.nav.tree.otherwise);
    return html`<div class="follow-ups" part="next-steps" role="group" aria-labelledby="next-steps-title">
      <div class="follow-ups-title" id="next-steps-title" role="heading" aria-level=${this.level(2)}>
        ${this.inline(node.followUpsTitle ?? msg('Ça n’a pas marché ?', { id: 'suite.title' }))}
      </div>
      ${this.renderChoices(
        steps.map((c) =>
          c.label
            ? c
            : {
                label: msg('Ça ne marche toujours pas', { id: 'suite.autres-cas' }),
                ...(otherwise ? { hint: otherwise.title } : {}),
                next: c.next,
              },
        ),
        undefined,
        goTo,
      )}
    </div>`;
  }

  /** What « Oui » or « Non » is answered with; empty before an answer. « Non » names the next thing to try. */
  private resolvedNote(announce = false): string {
    if (this.resolved === undefined) return '';
    if (this.resolved) return msg('Tant mieux ! Merci d’avoir suivi ces étapes.', { id: 'ui.resolved-yes' });
    const note = msg('Essayez ensuite :', { id: 'ui.resolved-no' });
    if (!announce) return note;
    const next = nextSteps(this.nav)[0];
    return `${note} ${this.plain(
      next?.label ||
        (next
          ? msg('Ça ne marche toujours pas', { id: 'suite.autres-cas' })
          : msg('Message prêt à envoyer', { id: 'ui.message-title' })),
    )}`;
  }

  /**
   * « Problème résolu ? » under an outcome. Yes: a thank-you and « Recommencer ». No: « Essayez
   * ensuite : » and focus on the first way on (« Ça n'a pas marché ? », above), never a box already
   * on screen offered again; at the end of the road (« Autres Cas »), the message.
   */
  private renderResolved(node: TreeNode): TemplateResult | typeof nothing {
    if (node.kind !== 'outcome') return nothing;
    const ways = node.id === this.currentId ? nextSteps(this.nav) : [];
    const answer = (resolved: boolean, label: string) =>
      html`<button
        type="button"
        part="resolved-button"
        aria-pressed=${this.resolved === resolved ? 'true' : 'false'}
        data-node=${node.id}
        data-resolved=${resolved ? 'yes' : 'no'}
        @click=${this.onResolve}
      >
        ${label}
      </button>`;
    return html`<div class="resolved" part="resolved" role="group" aria-labelledby="resolved-question">
      <p class="resolved-question" id="resolved-question">${msg('Problème résolu ?', { id: 'ui.resolved' })}</p>
      <div class="resolved-buttons">
        ${answer(true, msg('Oui', { id: 'ui.yes' }))} ${answer(false, msg('Non', { id: 'ui.no' }))}
      </div>
      ${
        this.resolved === true
          ? html`<p class="resolved-answer">${this.resolvedNote()}</p>
              <button type="button" class="restart" part="restart-button" @click=${this.onRestart}>
                ${iconRestart}${msg('Recommencer', { id: 'ui.restart' })}
              </button>`
          : this.resolved === false
            ? html`<p class="resolved-answer">${this.resolvedNote()}</p>
                <button
                  type="button"
                  class="choice"
                  part="choice"
                  data-show=${ways.length ? 'next-steps' : 'message'}
                  @click=${this.onShowNext}
                >
                  <span class="choice-text"
                    ><span class="choice-label"
                      >${ways.length ? this.inline(ways[0]!.label || msg('Ça ne marche toujours pas', { id: 'suite.autres-cas' })) : msg('Message prêt à envoyer', { id: 'ui.message-title' })}</span
                    ></span
                  >
                  ${iconNext}
                </button>`
            : nothing
      }
    </div>`;
  }

  /** « Copier l’adresse » after a text that shows the portal or the contact address (not on paper). */
  private copyButtons(text: InlineText): TemplateResult | typeof nothing {
    if (this.printing) return nothing;
    return html`${COPYABLE.map((what) =>
      text.includes(`{${what}}`)
        ? html` <button type="button" class="copy" part="copy-button" data-copy=${what} @click=${this.onCopyAddress}>
              ${iconCopy}${msg('Copier l’adresse', { id: 'ui.copy-address' })}</button
            >${this.copyStatusFor(what)}`
        : nothing,
    )}`;
  }

  /** The visible echo of the status next to the copy button that caused it (the status region announces it). */
  private copyStatusFor(target: string): TemplateResult | typeof nothing {
    return this.copyStatus && this.copyTarget === target
      ? html`<span class="copy-status" aria-hidden="true">${this.copyStatus}</span>`
      : nothing;
  }

  /**
   * The ready-to-send message at an outcome that says to write to someone: « Écrire le message »
   * (a `mailto:` link, where the source names an address), « Copier le message », « Imprimer le
   * message » (where the contact, the professeur principal, has no address), and the text itself.
   */
  private renderMessage(node: TreeNode): TemplateResult | typeof nothing {
    const contacts = contactsOf(node);
    const message = contacts && !this.printing ? this.message() : undefined;
    if (!message) return nothing;
    const mailto = mailtoUrl(message);
    return html`<div class="message" part="message" role="group" aria-labelledby="message-title">
      <p class="message-title" id="message-title" tabindex="-1">
        ${msg('Message prêt à envoyer', { id: 'ui.message-title' })}
      </p>
      <p class="hint">
        ${msg('Il reprend vos réponses ; complétez les lignes vides avant de l’envoyer ou de le remettre.', {
          id: 'ui.message-hint',
        })}
      </p>
      <div class="message-buttons">
        ${
          mailto
            ? html`<a class="button primary" part="message-mail-button" href=${mailto} @click=${this.onMailMessage}
                >${iconMail}${msg('Écrire le message', { id: 'ui.message-mail' })}</a
              >`
            : nothing
        }
        <button type="button" class="button" part="message-copy-button" @click=${this.onCopyMessage}>
          ${iconCopy}${msg('Copier le message', { id: 'ui.message-copy' })}
        </button>
        ${
          contacts?.other
            ? html`<button type="button" class="button" part="message-print-button" @click=${this.onPrintMessage}>
                ${iconPrint}${msg('Imprimer le message', { id: 'ui.message-print' })}
              </button>`
            : nothing
        }
        ${this.copyStatusFor('message')}
      </div>
      <details>
        <summary>${msg('Lire le message', { id: 'ui.message-read' })}</summary>
        <pre class="message-text" part="message-text">${message.body}</pre>
      </details>
    </div>`;
  }

  /** « Imprimer cette procédure » at an outcome. */
  private renderPrint(node: TreeNode): TemplateResult | typeof nothing {
    return node.kind === 'outcome'
      ? html`<button type="button" class="copy-link" part="print-button" @click=${this.onPrint}>
          ${iconPrint}${msg('Imprimer cette procédure', { id: 'ui.print' })}
        </button>`
      : nothing;
  }

  /**
   * The "copy the link to this step" button, where this instance owns the URL's fragment, on an
   * http(s) page (a srcdoc or about:blank frame has no link to give) whose fragment is not a
   * host's route (`#/page`, `#!/page`: the link would drop it).
   */
  private renderCopyLink(): TemplateResult | typeof nothing {
    const { protocol, hash } = window.location;
    if (this.printing || !this.ownsFragment || !/^https?:$/.test(protocol) || /^#[!/]/.test(hash)) return nothing;
    return html`<button type="button" class="copy-link" part="copy-link-button" @click=${this.onCopyLink}>
        ${iconLink}${msg('Copier le lien vers cette étape', { id: 'ui.copy-link' })}
      </button>
      ${this.copyStatusFor('link')}
      ${
        this.copyFallback
          ? html`<input
              class="copy-fallback"
              part="copy-link-fallback"
              readonly
              dir="ltr"
              aria-label=${msg('Lien vers cette étape', { id: 'ui.link-label' })}
              .value=${this.copyFallback}
              @focus=${selectAll}
            />`
          : nothing
      }`;
  }

  // ---- Accordion -----------------------------------------------------------------

  private renderAccordion(): TemplateResult {
    const first = getNode(this.nav.tree, this.nav.tree.start)!;
    return html`
      ${
        first.kind === 'question'
          ? html`<p class="intro">${this.inline(first.title)} ${first.hint ? this.inline(first.hint) : nothing}</p>`
          : this.renderContent(first.content)
      }
      ${this.renderSections(first, [first.id], 1)}
    `;
  }

  /**
   * The sections under `parent`: each node once, under the answer of its shortest route (so a node
   * that several answers lead to is not repeated, and its ids stay unique); where another answer
   * leads to it, a button that opens it where it lives. A question's section is named by that
   * answer (« Je n'arrive pas à me connecter »), an outcome's by its title. The open sections are
   * those of the node shown's shortest route.
   */
  private renderSections(parent: TreeNode, trail: readonly NodeId[], depth: number): TemplateResult | typeof nothing {
    const tree = this.nav.tree;
    const choices = choicesOf(parent).filter((c) => getNode(tree, c.next) && !trail.includes(c.next));
    if (!choices.length) return nothing;
    const homes = choices.filter((c) => isHomeOf(tree, parent.id, c.next));
    const elsewhere = choices.filter((c) => !homes.includes(c));
    const route = routeTo(tree, this.currentId) ?? [];
    return html`${
        parent.kind === 'question' && elsewhere.length && !this.printing
          ? this.renderChoices(elsewhere, undefined, true)
          : nothing
      }
      <div class="sections" @keydown=${depth === 1 ? this.onAccordionKey : nothing}>
        ${homes.map((c) => {
          const node = getNode(tree, c.next)!;
          const open = this.printing || (route[depth] === node.id && route[depth - 1] === parent.id);
          return html`<div class="section" part="section" id="section-${node.id}">
            <div class="section-heading" role="heading" aria-level=${this.level(depth)}>
              <button
                type="button"
                class="trigger"
                part="section-button"
                id="trigger-${node.id}"
                data-trigger
                data-parent=${parent.id}
                data-node=${node.id}
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="panel-${node.id}"
                @click=${this.onToggle}
              >
                <span>${this.inline(node.kind === 'question' ? c.label : node.title)}</span>${iconChevron}
              </button>
            </div>
            <div
              class="panel"
              part="section-panel"
              id="panel-${node.id}"
              role=${open ? 'region' : nothing}
              aria-labelledby=${open ? `trigger-${node.id}` : nothing}
              hidden=${open ? nothing : 'until-found'}
              @beforematch=${this.onBeforeMatch}
            >
              ${
                !open && !this.closedContent
                  ? nothing
                  : node.kind === 'question'
                    ? html`<p class="hint">
                        ${this.inline(node.title)}${node.hint ? html` ${this.inline(node.hint)}` : nothing}
                      </p>`
                    : this.renderContent(node.content, node.id)
              }
              ${
                this.printing && node.kind === 'outcome' && node.followUps?.length
                  ? html`<p>
                        <strong
                          >${this.inline(node.followUpsTitle ?? msg('Ça n’a pas marché ?', { id: 'suite.title' }))}</strong
                        >
                      </p>
                      <ul>
                        ${node.followUps.map((f) => html`<li>${this.inline(f.label)}</li>`)}
                      </ul>`
                  : nothing
              }
              ${this.renderSections(node, [...trail, node.id], depth + 1)}
              ${
                open && node.id === this.currentId && !this.printing
                  ? html`${this.renderMessage(node)}${this.renderNextSteps(node, true)}${this.renderResolved(node)}
                      <div class="actions">${this.renderCopyLink()} ${this.renderPrint(node)}</div>`
                  : nothing
              }
            </div>
          </div>`;
        })}
      </div>`;
  }

  // ---- Content shared by both views ------------------------------------------------

  /** An outcome's blocks; `node` given, its steps are a checklist (not on paper). */
  private renderContent(blocks: readonly Block[], node?: NodeId): TemplateResult {
    // Where the outcome's contacts name no address (the student's: the professeur principal), the
    // lycée's address in its sentences is text, not a mailto: link the FAQ does not offer them.
    const contacts = blocks.flatMap((b) => (b.type === 'contacts' ? b.items : []));
    const link = !contacts.length || contacts.some((c) => c.text.includes('{email}'));
    return html`${blocks.map((block, b) => {
      switch (block.type) {
        case 'paragraph':
          return html`<p>${this.inline(block.text, link)}</p>`;
        case 'note':
          return html`<p class="note" part="note">${iconInfo}<span>${this.inline(block.text)}</span></p>`;
        case 'steps':
          return html`${block.intro ? html`<p>${this.inline(block.intro)}</p>` : nothing}
            <ol class="steps" part="steps">
              ${block.items.map((item, i) => {
                const key = `${node}.${b}.${i}`;
                return node === undefined || this.printing
                  ? html`<li>${this.inline(item)}</li>`
                  : html`<li>
                      <label class="check"
                        ><input
                          type="checkbox"
                          part="step-checkbox"
                          data-key=${key}
                          data-of=${`${i + 1}/${block.items.length}`}
                          .checked=${this.ticks.has(key)}
                          @change=${this.onTick}
                        /><span>${this.inline(item)}</span></label
                      >${this.copyButtons(item)}
                    </li>`;
              })}
            </ol>`;
        case 'contacts':
          return html`<div class="contacts" part="contacts">
            <p class="contacts-title">${msg('Qui contacter ?', { id: 'ui.contacts' })}</p>
            <ul>
              ${block.items.map(
                (c) =>
                  html`<li>
                    <span class="audience">${audienceLabel(c.audience)}</span>
                    ${this.inline(c.text)}${this.copyButtons(c.text)}
                  </li>`,
              )}
            </ul>
          </div>`;
      }
    })}`;
  }

  /** Renders an inline text as text nodes and elements: never as HTML. A plain text is one text node. */
  private inline(text: InlineText, linkEmail = true): TemplateResult | string {
    const segments = segmentsOf(text);
    if (segments.length === 1 && segments[0]!.type === 'text') return segments[0]!.text;
    return html`${segments.map((s) => {
      switch (s.type) {
        case 'strong':
          return html`<strong>${s.text}</strong>`;
        case 'portal':
          return html`<a href=${this.config.portalUrl} part="link" dir="ltr" target="_blank" rel="noopener noreferrer"
            >${this.config.portalUrl}${iconExternal}<span class="visually-hidden"
              >${msg(' (nouvel onglet)', { id: 'ui.new-tab' })}</span
            ></a
          >`;
        case 'email':
          return linkEmail
            ? html`<a href="mailto:${this.config.contactEmail}" part="link" dir="ltr">${this.config.contactEmail}</a>`
            : html`<span dir="ltr">${this.config.contactEmail}</span>`;
        default:
          return s.text;
      }
    })}`;
  }

  private plain(text: InlineText): string {
    return plainText(text, { portal: this.config.portalUrl, email: this.config.contactEmail });
  }

  // ---- Handlers --------------------------------------------------------------------
  // Methods, not per-render closures: Lit calls a listener with the element as `this`, and an
  // unchanged listener is not removed and added again on each render. What a handler needs is
  // read from the data-* attributes of the element it is bound to.

  private onChoose(event: Event): void {
    const next = (event.currentTarget as HTMLElement).dataset['next']!;
    this.navigate(choose(this.nav, next), { focus: true });
  }

  private onLanguage(event: Event): void {
    void chooseLocale((event.currentTarget as HTMLElement).lang as Locale);
  }

  private onTrail(event: Event): void {
    const from = (event.currentTarget as HTMLElement).dataset['node']!;
    this.navigate(goTo(this.nav, from), { focus: true });
  }

  private onBack(): void {
    const left = this.currentId;
    this.navigate(back(this.nav), { focus: { kind: 'choice', next: left } });
  }

  private onRestart(): void {
    this.forgetTicks();
    this.navigate(restart(this.nav), { focus: true });
  }

  /** « Recommencer » (button or method) starts a new round: no step is ticked any more. Back keeps them. */
  private forgetTicks(): void {
    this.ticks = new Set();
    this.store('steps', []);
  }

  private onToggle(event: Event): void {
    const trigger = event.currentTarget as HTMLElement;
    const open = trigger.getAttribute('aria-expanded') === 'true';
    this.navigate(goTo(this.nav, trigger.dataset[open ? 'parent' : 'node']!));
  }

  /**
   * Find in page is about to reveal a collapsed case: open it in the state too, so `node`,
   * `aria-expanded` and the next render agree with what the browser shows. The event bubbles
   * from a nested panel through its parents, and the browser then fires it at each parent:
   * only the panel it targets counts, and a case already on the path is left open.
   */
  private onBeforeMatch(event: Event): void {
    if (event.target !== event.currentTarget) return;
    const id = (event.currentTarget as HTMLElement).id.replace(/^panel-/, '');
    if (this.nav.path.includes(id)) return;
    this.navigate(goTo(this.nav, id));
  }

  /** Print the procedure expanded: render the print view before the browser lays out the page. */
  private onBeforePrint(): void {
    const root = this.renderRoot as ShadowRoot;
    this.focusBeforePrint = root.activeElement ? childPath(root, root.activeElement) : undefined;
    this.printing = true;
    // Flush now: the browser lays the page out for print as soon as this listener returns.
    this.performUpdate();
  }

  /** Back to the interactive view; focus returns to the control it was on (the print view replaced it). */
  private async onAfterPrint(): Promise<void> {
    this.printing = this.printMessage = false;
    const at = this.focusBeforePrint;
    this.focusBeforePrint = undefined;
    await this.updateComplete;
    if (!at) return;
    let el: Element | undefined = this.renderRoot as ShadowRoot as unknown as Element;
    for (const i of at) el = el?.children[i];
    if (el instanceof HTMLElement && el !== (this.renderRoot as ShadowRoot).activeElement) el.focus();
  }

  /**
   * The URL changed (load, Back/Forward, a link to `#ent-help=<id>`): show the node it names.
   * Back from a fragment of ours to a URL with no fragment at all (the start, as the widget
   * writes it) goes back to the start; any other fragment (`#contenu`, `#`, `#/page`) is the
   * host's: the widget stays where it is.
   */
  private onUrlChange(): void {
    if (!this.ownsFragment || this.treeSource.blocked) return;
    let id = fragmentNode();
    const toStart = id === undefined && this.fragmentShown && !window.location.href.includes('#');
    let notice = '';
    if (id !== undefined && !getNode(this.nav.tree, id)) {
      // A link to no node (unknown id, `#ent-help=`, bad percent-encoding): the start, a notice,
      // one warning, and the bad fragment taken out of the URL.
      notice = this.warn(`#ent-help=${id}`, `names no node of this tree.`);
      id = this.nav.tree.start;
      setUrl(this.linkTo(id), true);
    }
    const next = id ? goTo(this.nav, id) : toStart ? restart(this.nav) : this.nav;
    if (id || toStart) this.fragmentShown = !notice && id !== undefined;
    this.navigate(next, { fromUrl: true });
    this.linkNotice = notice;
    // The copy button depends on the URL too.
    this.requestUpdate();
    // A link to a section of the accordion opens it and scrolls it into view.
    if (id) this.revealPending = true;
  }

  /** « Oui » / « Non » under an outcome (`data-node`, `data-resolved="yes|no"`). */
  private onResolve(event: Event): void {
    const { dataset } = event.currentTarget as HTMLElement;
    const resolved = dataset['resolved'] === 'yes';
    this.resolved = resolved;
    this.copyStatus = '';
    const detail: EntHelpResolveDetail = { node: dataset['node']!, resolved };
    this.dispatchEvent(new CustomEvent('ent-help-resolve', { detail, bubbles: true, composed: true }));
  }

  /**
   * Copies text: the async clipboard, else a selected field and `execCommand('copy')`. Never
   * throws. Sets the status (shown by the button named `target`, announced politely).
   * @returns whether it was copied.
   */
  private async copy(event: Event, target: string, text: string, done: string): Promise<boolean> {
    const button = event.currentTarget as HTMLElement;
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      copied = copyWithSelection(this.renderRoot as ShadowRoot, text);
      button.focus();
    }
    this.copyTarget = target;
    this.copyStatus = copied
      ? done
      : msg('Copie impossible : sélectionnez le texte et copiez-le.', { id: 'ui.copy-failed' });
    return copied;
  }

  /** Copies the link to the node shown; when no way of copying works, offers it in a field to copy by hand. */
  private async onCopyLink(event: Event): Promise<void> {
    const node = this.currentId;
    const link = this.linkTo(node);
    const copied = await this.copy(event, 'link', link, msg('Lien copié.', { id: 'ui.link-copied' }));
    this.copyFallback = copied ? '' : link;
    if (copied) {
      const detail: EntHelpLinkCopyDetail = { node };
      this.dispatchEvent(new CustomEvent('ent-help-link-copy', { detail, bubbles: true, composed: true }));
    } else {
      this.copyStatus = msg('Copie impossible : copiez le lien dans le champ ci-dessous.', {
        id: 'ui.link-copy-failed',
      });
    }
  }

  /** « Copier l’adresse » next to the portal or the contact address (`data-copy`). */
  private async onCopyAddress(event: Event): Promise<void> {
    const what = (event.currentTarget as HTMLElement).dataset['copy']!;
    await this.copy(
      event,
      what,
      what === 'portal' ? this.config.portalUrl : this.config.contactEmail,
      msg('Adresse copiée.', { id: 'ui.address-copied' }),
    );
  }

  private async onCopyMessage(event: Event): Promise<void> {
    const message = this.message();
    const box = (event.currentTarget as HTMLElement).closest('[part="message"]');
    if (!message) return;
    if (await this.copy(event, 'message', message.body, msg('Message copié.', { id: 'ui.message-copied' }))) {
      this.messageEvent('copy');
    } else {
      // « sélectionnez le texte »: the text must be on screen to be selected.
      const details = box?.querySelector('details');
      if (details) details.open = true;
    }
  }

  private onMailMessage(): void {
    this.messageEvent('open');
  }

  private onPrintMessage(): void {
    this.messageEvent('print');
    this.printMessage = true;
    safePrint();
    // Still printing (an engine that prints after print() returns): afterprint ends it. Blocked: end it now.
    if (!this.printing) this.printMessage = false;
  }

  private onPrint(): void {
    safePrint();
  }

  /** « Non » at an outcome with contacts: the next thing to try is the message, so focus goes there. */
  /** « Non »'s button: focus goes to the first way on (« Ça n'a pas marché ? »), or at the end of the road to the message. */
  private onShowNext(event: Event): void {
    const root = this.renderRoot as ShadowRoot;
    const target =
      (event.currentTarget as HTMLElement).dataset['show'] === 'next-steps'
        ? root.querySelector<HTMLElement>('[part="next-steps"] [data-next]')
        : root.getElementById('message-title');
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }

  /** A way on in the accordion: its section opens where it lives (its shortest route), scrolled into view, focus on its header. */
  private onGoTo(event: Event): void {
    const next = (event.currentTarget as HTMLElement).dataset['next']!;
    this.revealPending = true;
    this.navigate(goTo(this.nav, next), { focus: { kind: 'trigger', node: next } });
  }

  private messageEvent(action: EntHelpMessageAction): void {
    const detail: EntHelpMessageDetail = { node: this.currentId, action };
    this.dispatchEvent(new CustomEvent('ent-help-message', { detail, bubbles: true, composed: true }));
  }

  /** A step ticked or unticked: remembered like the path, announced « Étape 3 sur 5 faite ». */
  private onTick(event: Event): void {
    const box = event.currentTarget as HTMLInputElement;
    const ticks = new Set(this.ticks);
    if (box.checked) ticks.add(box.dataset['key']!);
    else ticks.delete(box.dataset['key']!);
    this.ticks = ticks;
    const [n, total] = box.dataset['of']!.split('/');
    this.copyTarget = '';
    // Unticking needs no words of ours: the checkbox's own state is announced.
    this.copyStatus = box.checked ? msg(str`Étape ${n} sur ${total} faite`, { id: 'ui.step-done' }) : '';
    this.store('steps', [...ticks]);
  }

  /** WAI-ARIA APG accordion: Up/Down move between headers, Home/End go to the first/last. */
  private onAccordionKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (!target.matches('[data-trigger]')) return;
    const triggers = [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLElement>('[data-trigger]')].filter(
      (t) => !t.closest('[hidden]'),
    );
    const at = triggers.indexOf(target);
    const to = {
      ArrowDown: (at + 1) % triggers.length,
      ArrowUp: (at - 1 + triggers.length) % triggers.length,
      Home: 0,
      End: triggers.length - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    triggers[to]?.focus();
  }

  // ---- State -----------------------------------------------------------------------

  /**
   * The one way the node shown changes: updates the state, the `node` property, the
   * announcement and focus, and fires `ent-help-navigate` once.
   * @param focus `true` to move focus to the new step, a target to focus another element,
   *   `false` (programmatic changes) to move focus only if it was inside the widget.
   */
  private navigate(
    next: Navigation,
    { focus = false, fromUrl = false }: { focus?: boolean | FocusTarget; fromUrl?: boolean } = {},
  ): void {
    if (next === this.nav) return;
    const previous = this.currentId;
    this.nav = next;
    this.node = this.currentId;
    if (!this.hasUpdated) return;
    this.copyStatus = '';
    this.copyFallback = '';
    this.linkNotice = '';
    this.resolved = undefined;
    this.savePath();
    if (!fromUrl) this.writeFragment();
    const node = current(next);
    // In the accordion, the toggled button's aria-expanded already tells what changed.
    this.announcing = this.effectiveMode === 'stepper';
    this.hadFocus = this.matches(':focus-within');
    this.pendingFocus =
      typeof focus === 'object'
        ? focus
        : this.effectiveMode === 'stepper' && (focus || this.hadFocus)
          ? { kind: 'heading' }
          : undefined;
    const detail: EntHelpNavigateDetail = {
      node: node.id,
      path: [...next.path],
      previous,
      outcome: node.kind === 'outcome',
    };
    this.dispatchEvent(new CustomEvent('ent-help-navigate', { detail, bubbles: true, composed: true }));
    if (node.kind === 'outcome') {
      const reached: EntHelpOutcomeDetail = { node: node.id, path: [...next.path] };
      this.dispatchEvent(new CustomEvent('ent-help-outcome', { detail: reached, bubbles: true, composed: true }));
    }
  }

  /** Whether this instance reads and writes the URL's fragment: the first connected one without history="none". */
  private get ownsFragment(): boolean {
    return this.history !== 'none' && connected.find((el) => el.history !== 'none') === this;
  }

  /** The page's URL with `#ent-help=<id>` as its fragment (the start node gives no fragment). */
  private linkTo(id: NodeId): string {
    const { origin, pathname, search } = window.location;
    const base = `${origin === 'null' ? '' : origin}${pathname}${search}`;
    return id === this.nav.tree.start ? base : `${base}${FRAGMENT_PREFIX}${encodeURIComponent(id)}`;
  }

  /**
   * Writes the node shown into the URL's fragment (pushState or replaceState, keeping the
   * host's `history.state`). A fragment that is not `#ent-help=…` belongs to the host page: left alone.
   */
  private writeFragment(): void {
    if (!this.ownsFragment) return;
    const shown = fragmentNode();
    const hash = window.location.hash;
    if (shown === undefined && hash !== '' && hash !== '#') return;
    const atStart = this.nav.path.length === 1;
    if (shown === this.currentId || (atStart && shown === undefined)) return;
    if (setUrl(this.linkTo(this.currentId), this.history === 'replace')) this.fragmentShown = !atStart;
  }

  /**
   * The key under which this instance's path is stored: the page's path and query (SPIP's
   * `spip.php?article12`), then the element's id, else `@<n>` for the n-th `<ent-help>` of the page after the first.
   */
  private get storageKey(): string {
    const { pathname, search } = window.location;
    const at = this.id ? 0 : Array.prototype.indexOf.call(document.getElementsByTagName('ent-help'), this);
    return `ent-help:${pathname}${search}${this.id ? `#${this.id}` : at > 0 ? `@${at}` : ''}`;
  }

  /** Stores the path (node ids only) in sessionStorage; storage that throws is ignored. */
  private savePath(): void {
    this.store('', this.nav.path);
  }

  /** Writes `value` as JSON under the storage key (plus `:suffix`), unless persist="none"; never throws. */
  private store(suffix: string, value: readonly string[]): void {
    if (this.persist === 'none') return;
    try {
      sessionStore()?.setItem(this.storageKey + (suffix && `:${suffix}`), JSON.stringify(value));
    } catch {
      // Full or refused storage: progress is simply not remembered.
    }
  }

  /**
   * What is stored under the storage key (plus `:suffix`), parsed; `undefined` with
   * persist="none", when nothing is, or when it cannot be read. Never throws.
   */
  private stored(suffix: string): unknown {
    const store = sessionStore();
    if (this.persist === 'none' || !store) return undefined;
    try {
      // An empty storage (a first visit) needs no key: finding this element's index is not free.
      return store.length
        ? (JSON.parse(store.getItem(this.storageKey + (suffix && `:${suffix}`)) ?? 'null') ?? undefined)
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** The ticked steps stored for this page and element (keys as written by onTick). */
  private restoreTicks(): void {
    const stored = this.stored('steps');
    if (Array.isArray(stored)) this.ticks = new Set(stored.filter((k) => typeof k === 'string'));
  }

  /** The ready-to-send message at the node shown, if it is an outcome that says to write to someone. */
  private message(): Message | undefined {
    device ??= describeBrowser(
      navigator.userAgent,
      (navigator as { userAgentData?: Parameters<typeof describeBrowser>[1] }).userAgentData,
    );
    return buildMessage(this.nav, { config: this.config, date: new Date(), locale: getLocale(), device });
  }

  /** Shows the stored path, if every step of it is still a choice of this tree. */
  private restorePath(): void {
    const stored = this.stored('');
    if (!Array.isArray(stored) || stored[0] !== this.nav.tree.start) return;
    let nav = start(this.nav.tree);
    for (const id of stored.slice(1)) {
      const next = typeof id === 'string' ? choose(nav, id) : nav;
      if (next === nav) return;
      nav = next;
    }
    this.navigate(nav);
  }

  private get currentId(): NodeId {
    return this.nav.path[this.nav.path.length - 1]!;
  }

  private get effectiveMode(): EntHelpMode {
    return MODES.includes(this.mode) ? this.mode : 'stepper';
  }

  /** Heading level `offset` below the widget's title, within 1–6. */
  private level(offset: number): number {
    return Math.min(6, (isHeadingLevel(this.headingLevel) ? this.headingLevel : 2) + offset);
  }

  /** Warns once per distinct problem (`key`, then `message`); returns the message for the widget's notice. */
  private warn(key: string, message: string): string {
    if (!this.warned.has(key)) {
      this.warned.add(key);
      console.warn(`<ent-help>: ${key} ${message}`);
    }
    // The value quoted is cut to 60 characters and isolated (FSI…PDI, as <bdi>), so that a long or
    // right-to-left value neither floods nor reorders the sentence around it.
    const quoted = `\u2068${key.length > 60 ? `${key.slice(0, 59)}…` : key}\u2069`;
    return msg(str`Réglage ignoré : ${quoted}. Voir la console du navigateur.`, { id: 'ui.notice' });
  }
}

/**
 * Copies text through a selected, off-screen textarea and `execCommand('copy')`, for pages
 * without the async clipboard (insecure origin, permission refused).
 * @returns whether the browser says it copied; never throws.
 */
function copyWithSelection(root: ShadowRoot, text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  root.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * Opens the print dialog; never throws. A sandboxed iframe without `allow-modals` blocks it
 * (the browser ignores the call or throws): then nothing happens.
 */
function safePrint(): void {
  try {
    window.print();
  } catch {
    // Printing refused: the page's own print command still works.
  }
}

/** Indexes of `el` and its ancestors among their parent's element children, from `root` down. */
function childPath(root: ShadowRoot, el: Element): number[] {
  const at: number[] = [];
  for (let e: Element | null = el; e && e.parentNode; e = e.parentElement) {
    at.unshift([...e.parentNode.children].indexOf(e));
    if (e.parentNode === root) break;
  }
  return at;
}

/** French typography: a no-break space before « ? ! : ; » and after «, so marks never wrap alone. */
function typography(text: string): string {
  return text.replace(/ ([?!:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

function isHeadingLevel(level: number): boolean {
  return Number.isInteger(level) && level >= 1 && level <= 6;
}

/** An `https://host…` address with no white space (`https:evil.example` and `https:///x` are refused). */
function isHttps(url: string): boolean {
  try {
    return /^https:\/\/[^\s/]\S*$/i.test(url) && !!new URL(url).host;
  } catch {
    return false;
  }
}

function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'eleve':
      return msg('Vous êtes élève', { id: 'ui.audience-student' });
    case 'parent':
      return msg('Vous êtes parent', { id: 'ui.audience-parent' });
    default:
      return msg('Élève ou parent', { id: 'ui.audience-all' });
  }
}
