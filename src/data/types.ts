/**
 * The decision tree's shape: plain, JSON-compatible data.
 *
 * A tree is a list of nodes. A node is either a *question* (the user picks one of its
 * choices) or an *outcome* (what to do; it may still offer follow-up choices, such as the
 * FAQ's « ET SI ?… » branch). Every text is French source text (or its translation), in
 * the inline format described by {@link InlineText}.
 */

/** A node id: lowercase kebab-case, stable, readable in a link (`cas-2`). */
export type NodeId = string;

/**
 * Text with two kinds of markup, parsed by `parseInline` and always rendered as text
 * (never as HTML):
 * - `**bold**` for the words the source sets in bold or as a warning;
 * - `{portal}` and `{email}`: the school's portal URL and contact address, rendered as
 *   links from the element's configuration (defaults in `default-tree.ts`).
 */
export type InlineText = string;

/** One answer to a question, or one follow-up of an outcome. */
export interface Choice {
  /** What the button says. */
  readonly label: InlineText;
  /** A second, smaller line under the label (optional). */
  readonly hint?: InlineText;
  /** The node this choice leads to. */
  readonly next: NodeId;
}

/** Who a contact is for. */
export type Audience = 'eleve' | 'parent' | 'tous';

/** A person or address to turn to, for one audience. */
export interface Contact {
  readonly audience: Audience;
  readonly text: InlineText;
}

/** A block of an outcome's content, rendered in order. */
export type Block =
  /** A paragraph. */
  | { readonly type: 'paragraph'; readonly text: InlineText }
  /** Steps to follow in this order (an ordered list). */
  | { readonly type: 'steps'; readonly intro?: InlineText; readonly items: readonly InlineText[] }
  /** Advice set apart from the text (a tip, a delay to expect). */
  | { readonly type: 'note'; readonly text: InlineText }
  /** Who to contact, one line per audience. */
  | { readonly type: 'contacts'; readonly items: readonly Contact[] };

interface NodeBase {
  readonly id: NodeId;
  /** The node's heading: the question, or the case as the source names it. */
  readonly title: InlineText;
}

/** A question: the user picks one of its choices. */
export interface QuestionNode extends NodeBase {
  readonly kind: 'question';
  /** A line under the question (optional). */
  readonly hint?: InlineText;
  readonly choices: readonly Choice[];
}

/** An outcome: what to do. Follow-ups lead further (« ET SI ?… »). */
export interface OutcomeNode extends NodeBase {
  readonly kind: 'outcome';
  readonly content: readonly Block[];
  /** The heading above the follow-ups (optional, e.g. « Et si… »). */
  readonly followUpsTitle?: InlineText;
  readonly followUps?: readonly Choice[];
}

export type TreeNode = QuestionNode | OutcomeNode;

/** A whole decision tree. */
export interface Tree {
  /** The widget's title, e.g. « Que faire en cas de problème d'accès à L'ENT ? ». */
  readonly title: InlineText;
  /** Where the facts come from, shown in small print. */
  readonly source?: InlineText;
  /** The first node shown. */
  readonly start: NodeId;
  /**
   * The outcome for anything else (the FAQ's « Autres cas »): offered when an outcome that has
   * neither a follow-up nor contacts did not solve the problem (optional).
   */
  readonly otherwise?: NodeId;
  /** Every node, in the order the accordion lists them. */
  readonly nodes: readonly TreeNode[];
}

/** Values that `{portal}` and `{email}` stand for. */
export interface SchoolConfig {
  /** The ENT portal, an `https:` URL. */
  readonly portalUrl: string;
  /** The school's contact e-mail address. */
  readonly contactEmail: string;
}
