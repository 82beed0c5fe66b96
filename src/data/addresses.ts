/**
 * Which addresses the element accepts: the ENT portal's URL (`portal-url`), a custom tree's
 * address (`src`) and the school's contact address (`contact-email`). A value that reads as one
 * place and leads to another is refused: a user name before `@` in a URL
 * (`https://ent.iledefrance.fr@evil.example/` opens evil.example), invisible characters
 * (Unicode categories Cf and Cc: a right-to-left override shows an address reversed, a zero-width
 * space makes it look right and fail), and parts longer than mail servers and browsers take.
 *
 * Each check returns why the value is refused, worded for the site's staff to follow a
 * console warning (`…; this one has …`), or `''` when it is accepted. Pure: no DOM.
 */

/** Longest URL accepted, in UTF-16 code units: the common 2 KB bound of browsers, servers and sitemaps. */
export const MAX_URL_LENGTH = 2048;

/**
 * RFC 5321 § 4.5.3.1 limits, in octets: local part 64, domain 255 (each label 63), and an address
 * of 254 (a 256-octet path less its `<` `>`, which also keeps the domain within 252). Internationalized
 * parts count as sent (RFC 6531): the local part in UTF-8, the domain in its A-label (`xn--…`) form.
 */
export const EMAIL_LIMITS = { local: 64, label: 63, address: 254 } as const;

/** An address: internationalized local parts and domains (`élève@lycée.fr`) are accepted. */
const EMAIL_PATTERN = /^[^\s@<>()",;:?&%#/\\]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/iu;

/** An invisible character: format (bidi controls, zero-width spaces and joiners, soft hyphen) or control. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/u;

/** What every value is refused for, whatever it is: an invisible character or white space inside. */
function characterProblem(value: string): string {
  const invisible = INVISIBLE.exec(value)?.[0];
  if (invisible)
    return `this one holds an invisible character (U+${invisible.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
  return /\s/.test(value) ? 'this one holds white space' : '';
}

/**
 * Why a URL is refused, or `''`.
 * @param value the URL as given (the caller trims surrounding white space).
 * @param base without it, only an absolute `https://host…` URL is accepted (the portal); with it
 *   (the document's base URL), a relative URL is resolved against it, and `origin` (the page's) is
 *   accepted over `http:` too (a custom tree's `src`).
 */
export function urlProblem(value: string, base?: string, origin?: string): string {
  if (value.length > MAX_URL_LENGTH) return `this one is longer than ${MAX_URL_LENGTH} characters`;
  const odd = characterProblem(value);
  if (odd) return odd;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return 'this one is not an address';
  }
  // The browser would go to the host after "@": the text before it is only shown (even when empty).
  if (url.username || url.password || /^[^/?#\\]*[/\\]{2}[^/?#\\]*@/.test(value))
    return `this one has a user name before "@", so it leads to ${url.host}`;
  // Without a base, `https:evil.example` and `https:///x` would be repaired by the URL parser: refused as written.
  if (base === undefined ? !/^https:\/\/[^/]/i.test(value) : url.protocol !== 'https:' && url.origin !== origin)
    return 'this one is not https:';
  return '';
}

/**
 * Why an e-mail address is refused, or `''`.
 * @param value the address as given (the caller trims surrounding white space).
 */
export function emailProblem(value: string): string {
  const odd = characterProblem(value);
  if (odd) return odd;
  if (!EMAIL_PATTERN.test(value)) return 'this one is not shaped name@domain';
  const at = value.lastIndexOf('@');
  const local = new TextEncoder().encode(value.slice(0, at)).length;
  let domain: string;
  try {
    // The A-label form, as sent to the mail server (`lycée.fr` → `xn--lyce-dpa.fr`).
    domain = new URL(`https://${value.slice(at + 1)}`).hostname;
  } catch {
    return 'this one has a domain that is not one';
  }
  if (local > EMAIL_LIMITS.local) return `this one has more than ${EMAIL_LIMITS.local} octets before "@"`;
  if (domain.split('.').some((label) => label.length > EMAIL_LIMITS.label))
    return `this one has a part of its domain longer than ${EMAIL_LIMITS.label} characters`;
  if (local + 1 + domain.length > EMAIL_LIMITS.address) return `this one is longer than ${EMAIL_LIMITS.address} octets`;
  return '';
}
