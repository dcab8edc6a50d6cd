import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Work the update that shows a page of items may put into building them, in milliseconds. A whole page of the feed
 * (100 events) takes about 20 ms here, so a visitor sees it in one frame; a phone four times slower sees the first
 * third at once and the rest a slice a task, and no task of its passes 50 ms (a long task: the page stops answering
 * input), what validation and Lit's own work in the same task leave room for.
 */
const FIRST_BUDGET_MS = 30;
/** Work a later slice may take: most of a 50 ms task left to a busier device, and to its rows' style and layout. */
const SLICE_BUDGET_MS = 8;
/**
 * The most items an update adds, however quick: a page of the feed. More show nothing more on the first screen, and
 * the frame after them lays them all out (the render bench, 1,000 events in a warm page: the first paint came after
 * 73 ms when the first update took every row 30 ms could build).
 */
const MOST_PER_UPDATE = 100;

/**
 * How many items of a list an element renders now: as many as its builder makes within a time budget, the rest in
 * slices, a task each (`setTimeout`), so the browser paints and handles input in between. The budget, not a count,
 * bounds each task: a fast machine shows a page in one frame, a slow phone takes smaller steps instead of longer
 * tasks. Items built before cost nothing to take again (the element keeps them), so any update renders what the last
 * one did and only adds to it. Owns no template: the element renders what {@link take} returns.
 */
export class RenderSlices implements ReactiveController {
  /** How many items are rendered. */
  count = 0;
  readonly #host: ReactiveControllerHost;
  readonly #total: () => number;
  #budget = FIRST_BUDGET_MS;
  #next: ReturnType<typeof setTimeout> | undefined;
  /** Whether the update now ending rendered the items: one that shows something else (another layout) asks for none. */
  #taken = false;

  /** `total` says how many items there are to render. */
  constructor(host: ReactiveControllerHost, total: () => number) {
    this.#host = host;
    this.#total = total;
    host.addController(this);
  }

  /** Shows the items after `from` with the first budget (a new list: 0; items appended to a shown list: its length). */
  restart(from = 0): void {
    clearTimeout(this.#next);
    this.#next = undefined;
    this.count = from;
    this.#budget = FIRST_BUDGET_MS;
  }

  /**
   * `build` of the items rendered so far and of as many more as fit in this update's budget: at least one more, so
   * every slice moves on, and at most {@link MOST_PER_UPDATE}.
   */
  take<T, R>(items: readonly T[], build: (item: T) => R): R[] {
    const started = performance.now();
    const built: R[] = [];
    const most = this.count + MOST_PER_UPDATE;
    for (const item of items) {
      if (built.length === most || (built.length > this.count && performance.now() - started > this.#budget)) break;
      built.push(build(item));
    }
    this.count = built.length;
    this.#taken = true;
    return built;
  }

  hostConnected(): void {
    // Back in the page after a move: the slices stopped on the way out.
    if (this.count < this.#total()) this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const taken = this.#taken;
    this.#taken = false;
    if (!taken || this.count >= this.#total() || this.#next !== undefined) return;
    this.#next = setTimeout(() => {
      this.#next = undefined;
      this.#budget = SLICE_BUDGET_MS;
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#next);
    this.#next = undefined;
  }
}
