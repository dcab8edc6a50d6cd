import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Work a slice may take, in milliseconds. A task over 50 ms is a long task (the page stops answering input); a slice
 * leaves most of that to a slower or busier device, and to the style and layout of its rows in the next frame.
 */
const SLICE_BUDGET_MS = 8;
const MIN_SLICE = 10;
const MAX_SLICE = 100;

/**
 * How many items of a long list an element renders now. It starts with `first` (shown at once), then grows a slice a
 * task (`setTimeout`), so the browser paints and handles input in between. Each slice is sized from the last one's
 * cost: as many items as fit in {@link SLICE_BUDGET_MS}, so a slow phone or a busy machine takes smaller steps instead
 * of longer tasks. Owns no template: the element renders the first {@link count} items.
 */
export class RenderSlices implements ReactiveController {
  /** How many items to render. */
  count: number;
  readonly #host: ReactiveControllerHost;
  readonly #total: () => number;
  readonly #first: number;
  #slice: number;
  #next: ReturnType<typeof setTimeout> | undefined;
  /** Set while the update that renders a slice runs: when it began, and how many items it adds. */
  #measuring: { started: number; from: number } | undefined;

  /** `total` says how many items there are to render. */
  constructor(host: ReactiveControllerHost, total: () => number, first: number) {
    this.#host = host;
    this.#total = total;
    this.#first = first;
    this.#slice = first;
    this.count = first;
    host.addController(this);
  }

  /** Renders the first `first` items after `from` at once (a new list: 0; items appended to a shown list: its length). */
  restart(from = 0): void {
    clearTimeout(this.#next);
    this.#next = undefined;
    this.#measuring = undefined;
    this.count = from + this.#first;
  }

  hostConnected(): void {
    // Back in the page after a move: the slices stopped on the way out.
    if (this.count < this.#total()) this.#host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.#measuring) this.#measuring.started = performance.now();
  }

  hostUpdated(): void {
    const measured = this.#measuring;
    this.#measuring = undefined;
    if (measured) {
      const added = this.count - measured.from;
      const took = Math.max(performance.now() - measured.started, 0.1);
      this.#slice = Math.round(Math.min(MAX_SLICE, Math.max(MIN_SLICE, (added * SLICE_BUDGET_MS) / took)));
    }
    if (this.count >= this.#total() || this.#next !== undefined) return;
    this.#next = setTimeout(() => {
      this.#next = undefined;
      this.#measuring = { started: 0, from: this.count };
      this.count += this.#slice;
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#next);
    this.#next = undefined;
    this.#measuring = undefined;
  }
}
