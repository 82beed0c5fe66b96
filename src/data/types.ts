/**
 * The decision tree's shape: plain, JSON-compatible data.
 *
 * A tree is a list of nodes. A node is either a *question* (the user picks one of its
 * choices) or an *outcome* (what to do; it may still offer follow-up choices, such as the
 * FAQ's « ET SI ?… » branch). Every text is in the tree's language ({@link Tree.lang}), in
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
  /** The node this choice leads to. A node's choices lead to different nodes (the path holds ids only). */
  readonly next: NodeId;
  /**
   * Who is reading, when this answer says so (« Vous êtes : élève / parent »): the nodes it leads
   * to are for that audience only (optional).
   */
  readonly audience?: 'eleve' | 'parent';
  /**
   * What the person says by choosing it, as the ready-to-send message's opening line, in the first
   * person (« Je n'arrive pas à me connecter à l'ENT. »). The statements of the answers given are
   * joined in order (optional).
   */
  readonly statement?: InlineText;
  /**
   * A few words for the message's subject (« mot de passe oublié »): the last answer given that has
   * one names the subject (optional).
   */
  readonly subject?: InlineText;
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
  /**
   * The language its texts are written in, a BCP 47 tag (`fr`, `en`, `pt-BR`); `fr` when absent. They
   * are shown with it (and its direction) wherever the widget's own words are in another locale. The
   * built-in tree has the locale's (controllers/locale.ts).
   */
  readonly lang?: string;
  /** The widget's title, e.g. « Que faire en cas de problème d'accès à L'ENT ? ». */
  readonly title: InlineText;
  /** Where the facts come from, shown in small print. */
  readonly source?: InlineText;
  /** The first node shown. */
  readonly start: NodeId;
  /**
   * The outcome for anything else (the FAQ's « Autres cas »): the last way forward. The widget
   * offers it under every other outcome whose follow-ups do not (« Ça n'a pas marché ? »), and
   * the validator checks that every outcome can reach it (optional).
   */
  readonly otherwise?: NodeId;
  /**
   * Ids that a link may still name though no node has them any more, each with the id of the node
   * that took its place (`{ "ancien-id": "nouvel-id" }`): `#ent-help=ancien-id` and
   * `node="ancien-id"` show the new node (optional).
   */
  readonly redirects?: Readonly<Record<NodeId, NodeId>>;
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
