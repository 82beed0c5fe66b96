import { rollup } from '/work/wt-bytes4/node_modules/rollup/dist/es/rollup.js';
import { gzipSync } from 'node:zlib';
process.chdir('/work/wt-bytes4');
const { default: config } = await import('/work/wt-bytes4/rollup.config.mjs');
const order = [];
config.plugins.push({ name: 'spy', renderChunk(code, chunk) {
  const rows = Object.keys(chunk.modules).filter((id) => chunk.modules[id].code).map((id) => ({ id: id.replace(/.*wt-bytes4\//, ''), at: code.indexOf(chunk.modules[id].code), len: chunk.modules[id].code.length }));
  rows.sort((a, b) => a.at - b.at); for (const r of rows) order.push(r); return null; } });
const bundle = await rollup({ ...config, onwarn() {} });
const { output } = await bundle.generate(config.output[0]);
for (const r of order) console.log(String(r.at).padStart(7), String(r.len).padStart(6), r.id);
console.log('gzip', gzipSync(output[0].code, { level: 9 }).length);
