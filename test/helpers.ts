import { expect, fixture, html } from '@open-wc/testing';
import '../src/ent-help.js';
import type { EntHelp, EntHelpSettingRefusedEvent } from '../src/ent-help.js';

/** A rendered `<ent-help>`, attached to the document, after its first update. */
export async function mount(attrs: Record<string, string> = {}): Promise<EntHelp> {
  const el = document.createElement('ent-help');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

export function shadow(el: EntHelp): ShadowRoot {
  return el.shadowRoot!;
}

/** What a sighted person reads: rendered text, spaces folded, without visually hidden text. */
export function visibleText(root: ParentNode): string {
  const clone = (root instanceof ShadowRoot ? root.querySelector('.base') : root)!.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden, svg').forEach((n) => n.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Folds every kind of white space (including no-break spaces) to one space. */
export function fold(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A visible element's accessible text, folded. */
export function nameOf(el: Element | null | undefined): string {
  return fold(el?.getAttribute('aria-label') ?? el?.textContent);
}

/** An answer's or an accordion case's button as a label, without the hint under it. */
export function labelOf(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('.choice-hint').forEach((n) => n.remove());
  return fold(clone.textContent);
}

/** Buttons in the shadow root, by the part they expose. */
export function parts(el: EntHelp, part: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

/** The element focused inside the widget's shadow root, if any. */
export function focused(el: EntHelp): Element | null {
  return shadow(el).activeElement;
}

/** An element in a few characters, for an assertion's message: `button#id.class`. */
export function briefly(node: Element | null | undefined): string {
  if (!node) return String(node);
  const id = node.id ? `#${node.id}` : '';
  const classes = [...node.classList].map((c) => `.${c}`).join('');
  return `<${node.localName}${id}${classes}>`;
}

/**
 * `actual` is the element `expected` (or `null` is `null`). Compared by identity, with short names
 * in the message: a failed `expect(element).to.equal(…)` carries the elements themselves, whose HTML
 * chai prints and the test runner serialises; for a large one (`<body>`, the whole test page) that
 * hung the runner for 120 s instead of failing the test.
 */
export function expectSame(
  actual: Element | null | undefined,
  expected: Element | null | undefined,
  what = 'element',
): void {
  expect(actual === expected, `${what}: ${briefly(actual)}, expected ${briefly(expected)}`).to.equal(true);
}

/** The document's focused element is `expected` ({@link expectSame}). */
export function expectDocumentFocus(expected: Element, what = 'document.activeElement'): void {
  expectSame(document.activeElement, expected, what);
}

export async function settle(el: EntHelp): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/**
 * Every test starts from a clean tab: no `#ent-help=` fragment in the URL and no remembered
 * path, since both survive from one test to the next on the same page.
 */
export function resetPageState(): void {
  // Only when needed: WebKit refuses more than 100 replaceState calls per 10 seconds.
  if (window.location.hash || window.history.state !== null) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage refused: nothing to clear.
  }
}
beforeEach(resetPageState);
afterEach(resetPageState);

/**
 * Collects console.warn calls during each test of the calling describe block, and restores
 * console.warn after each. Call it at describe level; read the returned array in tests.
 */
export function captureWarnings(): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });
  return warnings;
}

/**
 * Collects the `ent-help-setting-refused` events heard on the document (as a page's script would
 * hear them: they bubble out of the shadow root) during each test of the calling describe block.
 */
export function captureRefusals(): EntHelpSettingRefusedEvent[] {
  const seen: EntHelpSettingRefusedEvent[] = [];
  const listener = (e: EntHelpSettingRefusedEvent) => seen.push(e);
  beforeEach(() => {
    seen.length = 0;
    document.addEventListener('ent-help-setting-refused', listener);
  });
  afterEach(() => document.removeEventListener('ent-help-setting-refused', listener));
  return seen;
}

/** [r, g, b, alpha] of a computed colour (`rgb()`/`rgba()`, as every engine serializes them). */
export function rgb(color: string): [number, number, number, number] {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) throw new Error(`cannot read colour ${color}`);
  const [r, g, b, a = 1] = m[1]!.split(/[ ,/]+/).map(Number);
  return [r!, g!, b!, a];
}
/** WCAG 2.2 contrast ratio of two opaque colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c)
      .slice(0, 3)
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** The colour actually behind an element: the nearest opaque background, up through the host. */
export function backgroundOf(e: Element): string {
  for (let n: Element | null = e; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null) {
    const bg = getComputedStyle(n).backgroundColor;
    if (rgb(bg)[3] === 1) return bg;
  }
  return 'rgb(255, 255, 255)';
}

/** The engine running the tests, from its user agent. */
export const ENGINE = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Why an engine cannot emulate media features (dark, forced colours, print) in these tests. */
export const NO_EMULATION: Record<string, string> = {
  firefox: 'Firefox over WebDriver BiDi: puppeteer-core 24 has no media-feature emulation without CDP',
  webkit: 'WebKitGTK over classic WebDriver: no media emulation command',
};

/** Marks the test as skipped, with the reason in its title so the report says why. */
export function skipBecause(ctx: Mocha.Context, reason: string): never {
  if (ctx.test) ctx.test.title += ` (skipped: ${reason})`;
  ctx.skip();
}

/**
 * An <ent-help> with `json` as its child script (when given) and these attributes (`null` leaves
 * one out), with the school's own address by default: a tree of the school's own needs one.
 */
export async function mountTree(json: string | undefined, attrs: Record<string, string | null> = {}): Promise<EntHelp> {
  const el = document.createElement('ent-help');
  for (const [name, value] of Object.entries({ 'contact-email': 'vie-scolaire@lycee.fr', ...attrs }))
    if (value !== null) el.setAttribute(name, value);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/**
 * The words of `elements`' text that a line break cuts in two although they are no wider than
 * `room` px, so could have stood whole on a line of that width. A word is a run without white space
 * (no-break spaces included) up to a hyphen, where a line may break (« Connectez- » « vous »);
 * addresses (« :// », « @ », a dot inside a word) are left out: they break at their own points.
 * Works on nodes of any document (the embedding tests' iframes).
 */
export function brokenWords(elements: Iterable<Element>, room: number): string[] {
  const broken: string[] = [];
  for (const e of elements) {
    const doc = e.ownerDocument;
    const walker = doc.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of n.textContent!.matchAll(/[^\s-]+-?/g)) {
        if (/[@/]|\.\w/.test(m[0])) continue;
        const rects = rectsOf(n, m.index, m.index + m[0].length);
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        if (linesOf(rects) > 1 && width <= room) broken.push(m[0]);
      }
    }
  }
  return broken;
}

/** The boxes, one per line or bidi run, that the characters `start` to `end` of a text node are drawn in. */
export function rectsOf(text: Node, start: number, end: number): DOMRect[] {
  const range = text.ownerDocument!.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

/** How many lines `rects` (from {@link rectsOf}) cover. */
export function linesOf(rects: readonly DOMRect[]): number {
  return new Set(rects.map((r) => Math.round(r.top))).size;
}
