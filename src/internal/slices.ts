/**
 * First renders run in slices of ~40 ms, never in the task that upgraded the element (the
 * module's evaluation, which also ends the page's parsing and lays it out). The first slice
 * opens in the next frame's animation callback (a timer stands in where frames do not come: a
 * hidden tab), so the frame painted next already holds the widget (no empty frame, no layout
 * shift); with many widgets on one page, the next slices are tasks of their own.
 */
let sliceEnd = -1;
let sliceOpens: Promise<void> | undefined;
let slices = 0;
const SLICE_MS = 40;

/** Whether a first render may run now. */
export function inSlice(): boolean {
  return sliceEnd >= 0 && performance.now() <= sliceEnd;
}

/** Resolves when the next slice opens. */
export function nextSlice(): Promise<void> {
  sliceOpens ??= new Promise((resolve) => {
    let opened = false;
    const open = () => {
      if (opened) return;
      opened = true;
      slices++;
      sliceOpens = undefined;
      sliceEnd = performance.now() + SLICE_MS;
      setTimeout(() => (sliceEnd = -1));
      resolve();
    };
    if (!slices) requestAnimationFrame(open);
    setTimeout(open, slices ? 0 : 100);
  });
  return sliceOpens;
}
