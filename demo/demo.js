// Shows the events a host page can listen to.
const log = document.getElementById('log');
document.addEventListener('ent-help-navigate', (event) => {
  const item = document.createElement('li');
  item.textContent = `${event.detail.previous} → ${event.detail.node} (chemin : ${event.detail.path.join(' › ')})`;
  log.prepend(item);
});
