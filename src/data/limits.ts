/**
 * The size limits of a custom tree (docs/custom-trees.md, « Limits »). Far above any real FAQ
 * (the lycée's: 6 nodes, 3 nodes deep, 4 KB of JSON), far below what makes a phone freeze:
 * a tree at every limit renders in either view in well under a second.
 * - `characters`: JSON text, in UTF-16 code units as JavaScript counts them (256 Ki); a file of at
 *   most 256 KiB in UTF-8 always passes. Checked before parsing.
 * - `nodes`: entries of `nodes` (also the schema's `maxItems`).
 * - `depth`: nodes on the longest path of choices from `start` (the stepper's « Étape n sur m »;
 *   the accordion's nesting).
 * - `sections`: sections the accordion shows (a node reached from several places is shown under each).
 */
export const TREE_LIMITS = { characters: 262_144, nodes: 500, depth: 32, sections: 1000 } as const;

/**
 * Why a tree's JSON text is too long to be read, or `''`; cheap, so run before `JSON.parse`.
 * @param text the JSON text as read (an inline script's text, a fetched body, a file).
 */
export function sizeProblem(text: string): string {
  return text.length > TREE_LIMITS.characters
    ? `it is ${text.length} characters long; at most ${TREE_LIMITS.characters} (256 KB) are read`
    : '';
}
