import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RenderSlices } from '../../src/components/controllers/render-slices.js';

/**
 * A host that renders like an element: each update takes what the slices allow of `items` with `build`, whose items it
 * keeps, so an item built once costs nothing to take again.
 */
function sliced(items: number[], build: (item: number) => number) {
  const kept = new Set<number>();
  const keep = (item: number) => {
    if (!kept.has(item)) kept.add(build(item));
    return item;
  };
  const controllers: ReactiveController[] = [];
  const updates: number[][] = [];
  const host: ReactiveControllerHost = {
    addController: (controller) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void queueMicrotask(update),
    updateComplete: Promise.resolve(true),
  };
  const slices = new RenderSlices(host, () => items.length);
  /** Whether the host renders the items: false stands for another layout (the month view), which renders none. */
  let rendersItems = true;
  function update() {
    if (rendersItems) updates.push(slices.take(items, keep));
    else updates.push([]);
    for (const controller of controllers) controller.hostUpdated?.();
  }
  return {
    slices,
    updates,
    update,
    renderOther: () => void (rendersItems = false),
    renderItems: () => void (rendersItems = true),
  };
}

/** A builder that takes `ms` of the main thread an item, as a slow phone would. */
const busy = (ms: number) => (item: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
  return item;
};

const hundred = Array.from({ length: 100 }, (_, i) => i);

describe('RenderSlices', () => {
  it('shows a page whose items are quick to build in the update that shows it', () => {
    const { slices, updates, update } = sliced(hundred, (item) => item);
    update();
    expect(updates[0]).to.deep.equal(hundred);
    expect(slices.count).to.equal(100);
  });

  it('adds at most a page of the feed (100 items) an update, however quick they are to build', async () => {
    const many = Array.from({ length: 250 }, (_, i) => i);
    const { updates, update } = sliced(many, (item) => item);
    update();
    expect(updates[0]).to.deep.equal(many.slice(0, 100));
    await waitUntil(() => updates.at(-1)!.length === 250, 'all 250 items');
    expect(updates.map((taken) => taken.length)).to.deep.equal([100, 200, 250]);
  });

  it('stops an update at its budget and adds the rest a slice a task, at least one item each, in order', async () => {
    // 4 ms an item: the first update's 30 ms hold at most 8, a later slice's 8 ms at most 3 (2 + the one that passes).
    const { updates, update } = sliced(hundred, busy(4));
    update();
    expect(updates[0]!.length).to.be.within(1, 8);
    await waitUntil(() => updates.at(-1)!.length === 100, 'all 100 items', { timeout: 10_000 });
    for (let i = 1; i < updates.length; i++) {
      const added = updates[i]!.length - updates[i - 1]!.length;
      expect(added, `slice ${i}`).to.be.within(1, 3);
    }
    expect(updates.at(-1)).to.deep.equal(hundred);
  });

  it('asks for no more updates while the host renders something else, and goes on when it renders the items again', async () => {
    const { slices, updates, update, renderOther, renderItems } = sliced(hundred, busy(4));
    update();
    const shown = slices.count;
    expect(shown).to.be.below(100);
    // The host changes layout before the next slice: its updates take no items, so no slice follows them.
    renderOther();
    await waitUntil(() => updates.length === 2, 'the slice that was already asked for');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(updates.length).to.equal(2);
    expect(slices.count).to.equal(shown);
    // Back to the items (the list layout): the next update takes more, and the slices go on to the end.
    renderItems();
    update();
    expect(slices.count).to.be.above(shown);
    await waitUntil(() => slices.count === 100, 'all 100 items', { timeout: 10_000 });
  });

  it('restarts at the items appended to a shown list, with the first budget again', async () => {
    const items = hundred.slice(0, 10);
    const { slices, updates, update } = sliced(items, busy(4));
    update();
    await waitUntil(() => slices.count === 10, 'the first 10');
    // "Vis flere": ten more, built with the first update's budget (up to 8 at 4 ms) after the ten already shown.
    items.push(...hundred.slice(10, 20));
    slices.restart(10);
    const before = updates.length;
    update();
    expect(updates[before]!.slice(0, 10)).to.deep.equal(hundred.slice(0, 10));
    expect(updates[before]!.length).to.be.within(11, 18);
  });
});
