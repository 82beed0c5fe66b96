// The « Installer » box shows the snippet the build wrote (script line with its SRI hash, and the
// whole procedure as fallback), as a school would paste it.
fetch('/dist/snippet.html')
  .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
  .then((snippet) => {
    document.getElementById('install-snippet').textContent = snippet;
  })
  .catch(() => {});

// Shows the events a host page can listen to, and counts them as a statistics script would.
const log = document.getElementById('log');
const countsOut = document.getElementById('counts');
const counts = {};
for (const type of [
  'ent-help-navigate',
  'ent-help-outcome',
  'ent-help-resolve',
  'ent-help-link-copy',
  'ent-help-setting-refused',
]) {
  document.addEventListener(type, (event) => {
    const { node, resolved, attribute } = event.detail;
    const key = resolved === undefined ? `${type} ${node ?? attribute}` : `${type} ${node} ${resolved ? 'oui' : 'non'}`;
    counts[key] = (counts[key] ?? 0) + 1;
    countsOut.textContent = Object.entries(counts)
      .map(([k, n]) => `${k} : ${n}`)
      .join(' · ');
    const item = document.createElement('li');
    item.textContent =
      type === 'ent-help-navigate'
        ? `${event.detail.previous} → ${node} (chemin : ${event.detail.path.join(' › ')})`
        : `${type} : ${JSON.stringify(event.detail)}`;
    log.prepend(item);
  });
}
