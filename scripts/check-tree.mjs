// npm run check-tree FILE: validates a decision tree written as JSON for <ent-help>, first
// against the published JSON Schema (src/data/tree.schema.json, with ajv), then with the
// element's own semantic checks (src/data/validate.ts: links, reachability, cycles, empty
// text). Prints every problem (which node, what is wrong) and, for a valid tree, a Mermaid
// diagram of it for staff. Exit code: 0 valid, 1 invalid, 2 unreadable file or usage.
//   npm run check-tree examples/tree.example.json
//   npm run check-tree -- --default        (the built-in tree)
import Ajv from 'ajv';
import { importDataLayer } from './lib/import-data-layer.mjs';
import { readFileSync } from 'node:fs';

/** The data layer's validator and default tree, compiled for node. */
function loadDataLayer() {
  return importDataLayer(`export { validateTree } from './src/data/validate.ts';
                          export { createDefaultTree } from './src/data/default-tree.ts';`);
}

const schema = JSON.parse(readFileSync(new URL('../src/data/tree.schema.json', import.meta.url), 'utf8'));

/**
 * Schema problems as { node, message }: the node is the id of the node the error sits in, when
 * the path goes through /nodes/N (its index when it has no readable id).
 */
export function schemaProblems(tree) {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(schema);
  if (validate(tree)) return [];
  const seen = new Set();
  const problems = [];
  for (const e of validate.errors) {
    // ajv also reports the failing if/then wrapper: the inner error says it all.
    if (e.keyword === 'if') continue;
    const match = /^\/nodes\/(\d+)(.*)$/.exec(e.instancePath);
    const index = match ? Number(match[1]) : undefined;
    const id = index !== undefined ? tree.nodes?.[index]?.id : undefined;
    const node = index === undefined ? undefined : typeof id === 'string' ? id : `nodes[${index}]`;
    // /choices/0/next → choices[0].next, as src/data/validate.ts names fields.
    const where = (match ? match[2] : e.instancePath)
      .replace(/\/(\d+)/g, '[$1]')
      .replace(/\//g, '.')
      .replace(/^\./, '');
    let what = e.message;
    if (e.keyword === 'additionalProperties') what = `has an unknown field "${e.params.additionalProperty}"`;
    if (e.keyword === 'enum') what = `must be one of ${e.params.allowedValues.map((v) => `"${v}"`).join(', ')}`;
    if (e.keyword === 'pattern') what = 'must be lowercase kebab-case (e.g. "cas-2")';
    const message = where ? `${where} ${what}` : match ? what : `the tree ${what}`;
    const key = `${node}|${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(node ? { node, message } : { message });
    }
  }
  return problems;
}

const quote = (text) => `"${String(text).replace(/\*\*/g, '').replace(/"/g, '#quot;')}"`;

/** A Mermaid flowchart of the tree: questions as rhombi, outcomes as rounded boxes, choices on the arrows. */
export function mermaid(tree) {
  const lines = ['flowchart TD'];
  for (const n of tree.nodes)
    lines.push(`  ${n.id}${n.kind === 'question' ? `{${quote(n.title)}}` : `(${quote(n.title)})`}`);
  for (const n of tree.nodes)
    for (const c of n.kind === 'question' ? n.choices : (n.followUps ?? []))
      lines.push(`  ${n.id} -->|${quote(c.label)}| ${c.next}`);
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
    try {
      tree = JSON.parse(readFileSync(name, 'utf8'));
    } catch (error) {
      console.error(`${name}: cannot read it as JSON: ${error.message}`);
      return 2;
    }
  } else {
    console.error('Usage: npm run check-tree FILE.json   (or: npm run check-tree -- --default)');
    return 2;
  }
  let problems = schemaProblems(tree);
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
