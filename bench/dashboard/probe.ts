// What the dashboard benchmark installs in every page before its scripts run (Playwright's addInitScript): a
// MutationObserver for the first chart, PerformanceObservers for paint and long tasks, and a helper that times
// a control change to the frame after every watched element was replaced. Times are performance.now(), i.e.
// milliseconds since the navigation started (performance.timeOrigin).

/** The state the probe keeps on `window.__bench`. */
export interface ProbeState {
  /** When an element matching the chart selector was first in the DOM. */
  chartInserted: number | null;
  /** The frame after that: requestAnimationFrame, then a task (the chart has been laid out and painted). */
  chartPainted: number | null;
  fcp: number | null;
  longTasks: number;
  longTaskMs: number;
}

/** One timed change: from the input event's timestamp to the frame after the last watched element was replaced. */
export interface ChangeTiming {
  input: number | null;
  updated: number;
  painted: number;
}

declare global {
  interface Window {
    __bench: ProbeState & {
      /** Remembers the elements now matching `selectors` (those on the page) and watches for all of them to be replaced. */
      arm(selectors: string[]): void;
      /** Resolves when the armed change has been painted, or rejects after `timeout` ms. */
      settled(timeout: number): Promise<ChangeTiming>;
    };
  }
}

/**
 * The probe's source, for `page.addInitScript({content: probeScript(selector)})`. It is plain JavaScript in a
 * string on purpose: a function passed to Playwright is serialised from tsx's output, whose name-keeping helper
 * (`__name`) does not exist in the page.
 */
export function probeScript(chartSelector: string): string {
  return `(${PROBE})(${JSON.stringify(chartSelector)});`;
}

const PROBE = String.raw`function (chartSelector) {
  const state = {chartInserted: null, chartPainted: null, fcp: null, longTasks: 0, longTaskMs: 0};
  performance.setResourceTimingBufferSize(10000);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "first-contentful-paint") state.fcp = e.startTime;
    }).observe({type: "paint", buffered: true});
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        state.longTasks++;
        state.longTaskMs += e.duration;
      }
    }).observe({type: "longtask", buffered: true});
  } catch {
    // an entry type this browser lacks: leave its figures null
  }
  // The frame after: requestAnimationFrame runs before the paint, the task after it once the frame is out.
  const afterFrame = (done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
  const first = new MutationObserver(() => {
    if (state.chartInserted !== null || !document.querySelector(chartSelector)) return;
    state.chartInserted = performance.now();
    first.disconnect();
    afterFrame((t) => (state.chartPainted = t));
  });
  first.observe(document, {childList: true, subtree: true});

  let lastInput = null;
  document.addEventListener("input", (e) => (lastInput ??= e.timeStamp), true);
  let pending;
  let cancel = () => {};
  window.__bench = Object.assign(state, {
    arm(selectors) {
      cancel();
      lastInput = null;
      // Only what the page shows now: a large study's page has no per-participant charts to replace.
      const watched = selectors.filter((s) => document.querySelector(s));
      const old = watched.map((s) => document.querySelector(s));
      pending = new Promise((resolve, reject) => {
        if (!watched.length) return reject(new Error("none of " + selectors.join(", ") + " is on the page"));
        const observer = new MutationObserver(() => {
          const now = watched.map((s) => document.querySelector(s));
          if (!now.every((el, i) => el && el !== old[i])) return;
          const updated = performance.now();
          observer.disconnect();
          afterFrame((painted) => resolve({input: lastInput, updated, painted}));
        });
        observer.observe(document, {childList: true, subtree: true});
        cancel = () => observer.disconnect();
      });
    },
    settled(timeout) {
      const armed = pending;
      if (!armed) return Promise.reject(new Error("arm() first"));
      return Promise.race([
        armed,
        new Promise((_, reject) => setTimeout(() => reject(new Error("no update within " + timeout + " ms")), timeout))
      ]);
    }
  });
}`;
