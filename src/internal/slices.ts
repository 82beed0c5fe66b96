/**
 * First renders run in slices of ~25 ms, never in the task that upgraded the element (the
 * module's evaluation, which also ends the page's parsing and lays it out). The first slice
 * opens in the next frame's animation callback (a timer stands in where frames do not come: a
 * hidden tab), so the frame painted next already holds the widget (no empty frame, no layout
 * shift); with many widgets on one page, the next slices are tasks of their own.
 *
 * A slice grants another first render only if the one before it (in the same slice) would still
 * fit: a render and the style and layout after it stay under the 50 ms of a long task at 4× CPU
 * throttling (BENCHMARKS.md, TBT), where 40 ms slices went over by a render.
 */
let sliceEnd = -1;
/** When the current slice last granted a render (-1: not yet), and how long that render took. */
let granted = -1;
let lastRender = 0;
let sliceOpens: Promise<void> | undefined;
let slices = 0;
const SLICE_MS = 25;

/** Whether a first render may run now. */
export function inSlice(): boolean {
  if (sliceEnd < 0) return false;
  const now = performance.now();
  // Back-to-back grants in one task: the time since the last one is that render's cost.
  if (granted >= 0) lastRender = now - granted;
  if (granted >= 0 && now + lastRender > sliceEnd) return false;
  granted = now;
  return now <= sliceEnd;
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
      granted = -1;
      sliceEnd = performance.now() + SLICE_MS;
      setTimeout(() => (sliceEnd = granted = -1));
      resolve();
    };
    if (!slices) requestAnimationFrame(open);
    setTimeout(open, slices ? 0 : 100);
  });
  return sliceOpens;
}
