// npm run check-tree FILE: validates a decision tree written as JSON for <ent-help>, first
// against the published JSON Schema (src/data/tree.schema.json, with ajv), then with the
// element's own semantic checks (src/data/validate.ts: links, reachability, cycles, empty
// text, and the limits of src/data/limits.ts: size, read before parsing, nodes, depth, sections). Prints every problem (which node, what is wrong) and, for a valid tree, a Mermaid
// diagram of it for staff. Exit code: 0 valid, 1 invalid, 2 unreadable file or usage.
//   npm run check-tree examples/tree.example.json
//   npm run check-tree -- --default        (the built-in tree)
import Ajv from 'ajv';
import { AJV_OPTIONS } from './generate-schema.mjs';
import { importDataLayer } from './lib/import-data-layer.mjs';
import { readFileSync } from 'node:fs';

/** The data layer's validator and default tree, compiled for node. */
function loadDataLayer() {
  return (dataLayer ??= importDataLayer(`export { validateTree } from './src/data/validate.ts';
                          export { schemaProblems } from './src/data/schema-problems.ts';
                          export { createDefaultTree } from './src/data/default-tree.ts';
                          export { sizeProblem } from './src/data/limits.ts';`));
}
let dataLayer;

const schema = JSON.parse(readFileSync(new URL('../src/data/tree.schema.json', import.meta.url), 'utf8'));

/** Schema problems as { node, message } (worded by src/data/schema-problems.ts, as in the widget), from ajv. */
export async function schemaProblems(tree) {
  const ajv = new Ajv(AJV_OPTIONS);
  const validate = ajv.compile(schema);
  return validate(tree) ? [] : (await loadDataLayer()).schemaProblems(tree, validate.errors);
}

const quote = (text) => `"${String(text).replace(/\*\*/g, '').replace(/"/g, '#quot;')}"`;

/**
 * A Mermaid flowchart of the tree: questions as rhombi, outcomes as rounded boxes, choices on the
 * arrows, and dotted arrows to the `otherwise` outcome where the widget offers it.
 */
export function mermaid(tree) {
  const lines = ['flowchart TD'];
  for (const n of tree.nodes)
    lines.push(`  ${n.id}${n.kind === 'question' ? `{${quote(n.title)}}` : `(${quote(n.title)})`}`);
  for (const n of tree.nodes)
    for (const c of n.kind === 'question' ? n.choices : (n.followUps ?? []))
      lines.push(`  ${n.id} -->|${quote(c.label)}| ${c.next}`);
  // The widget's « Problème résolu ? » → « Non » offers the tree's `otherwise` outcome under an
  // outcome that has neither follow-ups nor contacts (see renderResolved): a dotted arrow.
  if (tree.otherwise)
    for (const n of tree.nodes)
      if (
        n.kind === 'outcome' &&
        n.id !== tree.otherwise &&
        !n.followUps?.length &&
        !n.content.some((b) => b.type === 'contacts')
      )
        lines.push(`  ${n.id} -.->|"Problème non résolu"| ${tree.otherwise}`);
  return lines.join('\n');
}

async function main(args) {
  const data = await loadDataLayer();
  let tree;
  let name;
  if (args[0] === '--default') {
    tree = JSON.parse(JSON.stringify(data.createDefaultTree()));
    name = 'the built-in tree';
  } else if (args.length === 1) {
    name = args[0];
    let text;
    try {
      text = readFileSync(name, 'utf8');
    } catch (error) {
      console.error(`${name}: cannot read it as JSON: ${error.message}`);
      return 2;
    }
    // As the widget: a tree too large is refused before it is parsed.
    const tooLong = data.sizeProblem(text);
    if (tooLong) {
      console.error(`${name}: 1 problem(s)\n  - ${tooLong}`);
      return 1;
    }
    try {
      tree = JSON.parse(text);
    } catch (error) {
      console.error(`${name}: cannot read it as JSON: ${error.message}`);
      return 2;
    }
  } else {
    console.error('Usage: npm run check-tree FILE.json   (or: npm run check-tree -- --default)');
    return 2;
  }
  let problems = await schemaProblems(tree);
  // The semantic checks assume the schema's shape: run them only on a well-formed tree.
  if (problems.length === 0) problems = data.validateTree(tree);
  if (problems.length > 0) {
    console.error(`${name}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p.node ? `node "${p.node}": ` : ''}${p.message}`);
    return 1;
  }
  console.log(
    `${name}: valid (${tree.nodes.length} nodes). Mermaid diagram (paste into https://mermaid.live or a Markdown file):\n`,
  );
  console.log('```mermaid');
  console.log(mermaid(tree));
  console.log('```');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
