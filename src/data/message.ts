/**
 * The ready-to-send message: a pure builder from the path taken to `{ to, subject, body }`.
 *
 * Who to write to comes from the tree only: an outcome with a `contacts` block is one where the
 * source says to write to someone (Cas 2 « ET SI ? », Cas 3, Autres cas). Where the source names
 * a different person for a student and a parent (« ET SI ? »), the tree has one outcome per
 * audience, each with that person's contact only: the student's message has no address (it is
 * printed or copied for the professeur principal), the parent's is written to the lycée. A contact whose text
 * holds `{email}` is the lycée's address (the configured `contact-email`), so the message gets a
 * `to`; a contact without one (« le professeur principal de la classe », met at school) gives no
 * address: the message is to copy or print and hand over.
 *
 * The body never asks for a password. The source does not tell people not to write one in a
 * message, so no such warning is invented either; the only password words in a body are those
 * of the questions and answers the person chose (e.g. « … mot de passe provisoire »).
 */
import { msg, str } from '@lit/localize';
import { dirOf, foreign, langOf, plainText } from './inline.js';
import { answers, current, type Navigation } from './navigator.js';
import { notSolvedText, stillStuckText } from './texts.js';
import type { OutcomeNode, SchoolConfig, TreeNode } from './types.js';

/** A message to send or hand over. */
export interface Message {
  /** The address to write to; absent when the source names no address (the professeur principal). */
  readonly to?: string;
  readonly subject: string;
  /** Plain text, lines separated by `\n`. */
  readonly body: string;
  /** Where the body is in French, then in the person's language: its French start. */
  readonly french?: string;
}

/** What the builder needs besides the path: all injected, so the result depends on nothing else. */
export interface MessageContext {
  readonly config: SchoolConfig;
  /** Today. */
  readonly date: Date;
  /** BCP 47 locale used to write the date (`fr`, `en`, `ar`, `pt`). */
  readonly locale: string;
  /** A short browser and device description, e.g. `Firefox 128 / Android` (see {@link describeBrowser}). */
  readonly device: string;
}

/** The outcome's contacts, or none: an outcome is "write to someone" when it has some. */
export function contactsOf(node: TreeNode): { email: boolean; other: boolean } | undefined {
  if (node.kind !== 'outcome') return undefined;
  const items = node.content.flatMap((b) => (b.type === 'contacts' ? b.items : []));
  if (!items.length) return undefined;
  return {
    email: items.some((c) => c.text.includes('{email}')),
    other: items.some((c) => !c.text.includes('{email}')),
  };
}

/**
 * Builds the message for the outcome shown. What happened comes from the answers given: the
 * opening line joins the `statement`s of the answers on the path (« Je n'arrive pas à me
 * connecter à l'ENT. Mon identifiant ou mon mot de passe est refusé. »), the subject is the last
 * answer's `subject` (« Accès à l'ENT : identifiant ou mot de passe refusé »); a tree without
 * them gives a neutral opening and « Accès à l'ENT ». Then each question with its answer (never
 * a node's title as an answer), the outcome reached, the date, the device, the blanks to fill
 * (« Ce qu'affiche l'écran : » among them). The source's screenshots advice is for the sender: the
 * view shows it beside the message, not in it.
 * @returns `undefined` when the node shown is not an outcome with contacts (nothing to write).
 */
export function buildMessage(nav: Navigation, context: MessageContext): Message | undefined {
  const outcome = current(nav);
  const contacts = contactsOf(outcome);
  if (!contacts) return undefined;
  const plain = (text: string) =>
    plainText(text, context.config)
      .replace(/\s+/g, ' ')
      // A tree's own bidi controls (pasted with its text): one could end the isolate below early, or reorder the line.
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      .trim();
  // A text of the tree in a message of another language (a school's French tree, the Arabic message):
  // isolated, left to right or right to left as its language is written, so that it keeps its order
  // inside the line (the view marks these runs with the tree's lang, views/outcome.ts).
  const lang = langOf(nav.tree);
  const own = (text: string) =>
    foreign(nav.tree, context.locale) ? `${dirOf(lang) === 'rtl' ? '\u2067' : '\u2066'}${text}\u2069` : text;
  const given = answers(nav);
  const lines = given.map(
    ({ question, answer }) =>
      `- ${question ? own(plain(question)) : notSolvedText()} — ${answer ? own(plain(answer)) : stillStuckText()}`,
  );
  const statements = given.flatMap(({ choice }) => (choice?.statement ? [own(plain(choice.statement))] : []));
  const topic = given.flatMap(({ choice }) => (choice?.subject ? [plain(choice.subject)] : [])).at(-1);
  const date = new Intl.DateTimeFormat(context.locale, { dateStyle: 'long' }).format(context.date);
  // Who is writing: the answer to « élève ou parent ? » where the path asked it, else a blank.
  const who = given.filter(({ choice }) => choice?.audience).at(-1)?.answer;
  const blanks = [
    msg('Nom :', { id: 'message.last-name' }),
    msg('Prénom :', { id: 'message.first-name' }),
    msg('Classe :', { id: 'message.class' }),
    msg('Une adresse e-mail valide :', { id: 'message.email' }),
    msg('Ce qu’affiche l’écran :', { id: 'message.screen' }),
  ];
  const title = own(plain((outcome as OutcomeNode).title));
  // Isolated in Arabic, so « Chrome 130 / Linux » keeps its order inside right-to-left text.
  const device = /^ar/.test(context.locale) ? `\u2068${context.device}\u2069` : context.device;
  const body = [
    msg('Bonjour,', { id: 'message.hello' }),
    '',
    ...(statements.length ? [statements.join(' ')] : []),
    msg('Mes réponses à l’aide du site sur l’accès à l’ENT :', { id: 'message.answers' }),
    ...lines,
    // The help's page, by its title in quotes: « Vous êtes élève » is a heading, not a statement.
    msg(str`Page de l’aide : « ${title} »`, { id: 'message.outcome' }),
    msg(str`Date : ${date}`, { id: 'message.date' }),
    msg(str`Navigateur et appareil : ${device}`, { id: 'message.device' }),
    '',
    msg(str`Je suis (élève ou parent) : ${who ? own(plain(who)) : ''}`, { id: 'message.who' }),
    ...blanks.map((label) => `${label} `),
    '',
    msg('Merci.', { id: 'message.thanks' }),
  ].join('\n');
  let short = topic ?? '';
  // Its first 60 characters (never half of one: no lone surrogate) cut before the last space within the
  // last 30, or, in a language written without spaces (« ENT にログイン… »: one Latin word, then none), before
  // the last letter with its marks (Thai's vowels and tones are characters of their own).
  if (short.length > 60)
    short = `${[...short]
      .slice(0, 60)
      .join('')
      .replace(/ [^ ]{0,29}$|\P{M}\p{M}*$/u, '')}…`;
  const subject = short
    ? msg(str`Accès à l’ENT : ${own(short)}`, { id: 'message.subject' })
    : msg('Accès à l’ENT', { id: 'message.subject-plain' });
  // No address (a school's own tree without contact-email): to print or copy and hand over, as for the professeur principal.
  return contacts.email && context.config.contactEmail
    ? { to: context.config.contactEmail, subject, body }
    : { subject, body };
}

/** `mailto:` URL for a message with an address: subject and body percent-encoded (RFC 6068). */
export function mailtoUrl(message: Message): string | undefined {
  if (!message.to) return undefined;
  const enc = (s: string) => encodeURIComponent(s.replace(/\n/g, '\r\n'));
  return `mailto:${message.to}?subject=${enc(message.subject)}&body=${enc(message.body)}`;
}

/**
 * A short browser and device description, e.g. `Firefox 128 / Android`: a name, a major version
 * and an operating system, nothing finer (no build, no model, no screen).
 * @param ua `navigator.userAgent`.
 * @param data `navigator.userAgentData` where the browser has it (Chromium): its brands win.
 * @returns `?` parts where nothing is recognised; never throws.
 */
export function describeBrowser(
  ua: string,
  data?: { brands?: readonly { brand: string; version: string }[]; platform?: string; mobile?: boolean },
): string {
  const brand = data?.brands?.find((b) => !/not.?a.?brand|chromium/i.test(b.brand));
  // The first token that matches names the browser: Edge and Opera also say "Chrome", Chrome also says "Safari".
  const names: Record<string, string> = {
    Edg: 'Edge',
    OPR: 'Opera',
    FxiOS: 'Firefox',
    CriOS: 'Chrome',
    Version: 'Safari',
  };
  let browser = brand ? `${brand.brand} ${brand.version}` : '?';
  for (const token of ['Edg', 'OPR', 'SamsungBrowser', 'Firefox', 'FxiOS', 'CriOS', 'Chrome', 'Version']) {
    const version = new RegExp(`${token}/(\\d+)`).exec(ua)?.[1];
    if (brand || !version) continue;
    browser = `${names[token] ?? token} ${version}`;
    break;
  }
  const os =
    data?.platform ||
    (/Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad|iPod/.test(ua)
        ? 'iOS'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(ua)
            ? 'macOS'
            : /CrOS/.test(ua)
              ? 'ChromeOS'
              : /Linux/.test(ua)
                ? 'Linux'
                : '?');
  return `${browser} / ${os}`;
}
