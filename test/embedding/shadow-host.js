// An app's own component that renders <ent-help> inside its shadow root (a framework's page shell).
customElements.define(
  'app-shell',
  class extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<main><ent-help></ent-help></main>';
    }
  },
);
