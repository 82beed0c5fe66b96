// The package's browser build (everything bundled, as a test browser needs: its main ESM entry
// imports CommonJS dependencies) ships no types of its own: they are the main entry's.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
