/**
 * Where the element's tree comes from: the built-in one, or a school's own, given as JSON in a
 * descendant `<script type="application/json">` (inert, so allowed by any CSP) or at the `src`
 * attribute's address (an `https:` or same-origin URL; the only request the widget ever makes).
 * Read once, when the element is first connected. A custom tree is checked against the
 * published schema and by `validateTree`; when it cannot be used, the widget says so (for the
 * family: who to ask, views/tree-status.ts; for the staff, with `debug`: what is wrong and where),
 * writes one console warning and fires one `ent-help-setting-refused` event. The built-in tree is
 * never shown instead: it is another school's procedure.
 */
import type { ReactiveElement } from 'lit';
import { Controller } from './controller.js';
import { emit, type EntHelpSettingRefusedDetail } from '../internal/events.js';
import { urlProblem } from '../data/addresses.js';
import { sizeProblem } from '../data/limits.js';
import { treeProblems } from '../data/schema-problems.js';
import type { Tree } from '../data/types.js';
import type { TreeProblem } from '../data/validate.js';

type Host = ReactiveElement;

/** How long a `src` tree may take to arrive (headers and body) before the error box replaces « Chargement… ». */
const SRC_TIMEOUT_MS = 15000;

export class TreeSource extends Controller<Host> {
  /** @internal The custom tree, once it has been read and found valid. */
  tree: Tree | undefined;
  /** @internal Whether the element was given a tree of its own (inline or `src`), valid or not. */
  custom = false;
  /** @internal While a `src` tree is on its way, or when the custom tree cannot be used: no tree to show. */
  blocked = false;
  /** @internal What is wrong with the custom tree, for the staff (the summary, then each problem); empty while loading. */
  problems: readonly string[] = [];
  private read = false;
  /** Where the custom tree comes from, as the event names it: the `src` attribute, or a child `<script>`. */
  private from: Pick<EntHelpSettingRefusedDetail, 'attribute' | 'value'> = { attribute: 'script', value: null };
  /** The event of a tree that cannot be used, until the next update fires it (as for the other settings). */
  private refused: EntHelpSettingRefusedDetail | undefined;
  /** While no tree was given: watches for one added later, only while the element is in the page. */
  private watch: MutationObserver | undefined;

  /** @param loaded - called when a `src` tree has arrived and is valid, before the update that shows it. */
  constructor(
    el: Host,
    private readonly loaded: (tree: Tree) => void,
  ) {
    super(el);
  }

  override hostConnected(): void {
    this.watch?.observe(this.el, { childList: true, subtree: true });
    if (this.read) return;
    // Any descendant (a CMS may wrap it in a <p>); `application/json`, parameters allowed. A script
    // of a JSON-like type other than that is refused; a JavaScript one (the widget's own script
    // pasted inside the element, say) is none of the widget's business.
    const scripts = hidden(jsonScripts(this.el));
    const trees = scripts.filter(isTree);
    const script = trees[0];
    const src = this.el.getAttribute('src');
    // Upgraded while the parser is still inside the element (a classic script before it): its
    // children are not there yet.
    if (!scripts.length && src === null && document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.hostConnected(), { once: true });
      return;
    }
    this.read = true;
    if (trees.length > 1)
      console.warn(
        `<ent-help>: ${trees.length} <script type="application/json"> inside <ent-help>: the first is used; remove the others.`,
      );
    if (script) void this.use('the <script type="application/json"> inside <ent-help>', () => script.textContent!);
    else if (scripts.length)
      this.fail(
        `<script type="${scripts[0]!.type}"> inside <ent-help> is ignored: give it type="application/json".`,
        [],
      );
    else if (src !== null) {
      this.from = { attribute: 'src', value: src };
      // An empty src would be the page itself.
      const refused = src.trim() ? urlProblem(src.trim(), document.baseURI, location.origin) : 'this one is empty';
      if (refused)
        return this.fail(`src="${src}" is refused: give an https:// address or one on this site; ${refused}.`, []);
      const url = new URL(src.trim(), document.baseURI);
      void this.use(`src="${src}"`, async () => {
        // A server that never answers must not leave « Chargement… » for good: the error box instead.
        const signal = AbortSignal.timeout(SRC_TIMEOUT_MS);
        const failed = () =>
          new Error(
            signal.aborted
              ? `it did not arrive within ${SRC_TIMEOUT_MS / 1000} s`
              : `it could not be loaded (network error, or a Content-Security-Policy without ${url.origin} in connect-src)`,
          );
        let response: Response;
        try {
          response = await fetch(url, { credentials: 'omit', signal });
        } catch {
          throw failed();
        }
        if (!response.ok) throw new Error(`it could not be loaded (HTTP ${response.status})`);
        return response.text().catch(() => Promise.reject(failed()));
      });
    } else
      // A tree added later is not read (the built-in one may be on screen, and the person in it):
      // said at once, with the error box, rather than ignored.
      // Only a script of a tree's own type counts: another JSON type added later is a CMS's data.
      (this.watch = new MutationObserver(() => {
        if (this.custom || !hidden(jsonScripts(this.el)).filter(isTree).length) return;
        this.hostDisconnected();
        this.watch = undefined;
        this.fail(
          'a <script> added after <ent-help> was connected is ignored: put it in before adding the element, or give its address in src.',
          [],
        );
      })).observe(this.el, { childList: true, subtree: true });
  }

  hostDisconnected(): void {
    this.watch?.disconnect();
  }

  /**
   * @internal `src` set or changed once the element has read its tree (at connection): not read. Said, and the
   * error box shown, rather than the built-in tree (another lycée's procedure) as if it were the
   * school's; a school's tree already shown stays.
   */
  srcChanged(): void {
    if (!this.read || this.custom) return;
    this.from = { attribute: 'src', value: this.el.getAttribute('src') };
    this.fail('src set after <ent-help> was connected is ignored: set it before adding the element.', []);
  }

  hostUpdate(): void {
    if (this.refused) emit(this.el, 'ent-help-setting-refused', this.refused);
    this.refused = undefined;
  }

  /**
   * @internal Whether the element's own children hold text worth showing with the error (what the
   * school wrote for when the script cannot run), besides the tree: not the built-in procedure of
   * snippet.html, another lycée's (its sections carry `data-node`).
   */
  get ownText(): boolean {
    const copy = document.createElement('div');
    copy.append(...[...this.el.childNodes].map((n) => n.cloneNode(true)));
    copy.querySelectorAll('script').forEach((s) => s.remove());
    return !!copy.textContent?.trim() && !copy.querySelector('[data-node]');
  }

  /** Reads, parses and checks a custom tree; shows it, or what is wrong with it. */
  private async use(where: string, text: () => string | Promise<string>): Promise<void> {
    this.custom = this.blocked = true;
    const json = text();
    const fetched = typeof json !== 'string';
    let data: unknown;
    let problems: TreeProblem[];
    try {
      // An inline tree is read synchronously (no await), before the element's first update.
      const body = fetched ? await json : (json as string);
      // Measured before any work: a tree too large is refused unparsed.
      const tooLong = sizeProblem(body);
      if (tooLong) throw new Error(tooLong);
      data = JSON.parse(body);
      // Never thrown on a parsed tree; a check that did would otherwise leave « Chargement… » for good.
      problems = treeProblems(data);
    } catch (error) {
      return this.fail(`the tree in ${where} cannot be used: ${(error as Error).message}.`, []);
    }
    if (problems.length) return this.fail(`the tree in ${where} cannot be used:`, problems);
    this.tree = data as Tree;
    this.blocked = false;
    if (fetched) this.loaded(this.tree);
    // `node` was not applied while there was no tree: apply it now (see willUpdate).
    this.el.requestUpdate('node', null);
  }

  private fail(summary: string, problems: readonly TreeProblem[]): void {
    this.custom = this.blocked = true;
    this.problems = [summary, ...problems.map((p) => (p.node ? `node "${p.node}": ${p.message}` : p.message))];
    const reason = `${this.problems.join('\n  - ')}\nCheck the tree with \`npm run check-tree FILE.json\`; its format is src/data/tree.schema.json (README, « Your own tree »).`;
    console.warn(`<ent-help>: ${reason}`);
    this.refused = { ...this.from, reason };
    this.el.requestUpdate();
  }
}

/**
 * The scripts, out of view even on a page that resets every element's display (`* { all: unset }`):
 * their JSON would show in the error box's slot, under the school's own text.
 */
function hidden(scripts: HTMLScriptElement[]): HTMLScriptElement[] {
  for (const s of scripts) s.style.setProperty('display', 'none', 'important');
  return scripts;
}

/** A tree's own type: `application/json`, parameters allowed. */
const isTree = (s: HTMLScriptElement) => /^application\/json\s*(;|$)/i.test(s.type.trim());

/**
 * The scripts inside the element whose type speaks of JSON: the candidates for a tree. Structured
 * data (`application/ld+json`, which a CMS may write anywhere) is never a tree: left alone.
 */
function jsonScripts(host: HTMLElement): HTMLScriptElement[] {
  // Most elements are empty: nothing to look through.
  if (!host.firstElementChild) return [];
  return [...host.querySelectorAll('script')].filter((s) => /json/i.test(s.type) && !/ld\+json/i.test(s.type));
}
