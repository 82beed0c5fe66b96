// node --test: every msg() names its id, so the build can drop @lit/localize's id hashing
// (rollup.config.mjs, msgIdsNamed): lit-localize extract writes a generated id (s + 16 hex
// digits) into xliff/ for a msg() without one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

for (const locale of ['en', 'ar', 'pt']) {
  test(`xliff/${locale}.xlf holds named ids only`, () => {
    const ids = [...readFileSync(`xliff/${locale}.xlf`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(ids.length > 50, `${ids.length} units`);
    assert.deepEqual(
      ids.filter((id) => /^s[0-9a-f]{16}$/.test(id)),
      [],
    );
  });
}
