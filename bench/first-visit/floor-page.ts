/**
 * Runs in Chromium, inlined in the first-visit floor page (bundled by bench/first-visit.ts): the list of events
 * written with plain DOM calls into a shadow root holding `<kultur-events>`'s own styles, from data in memory.
 */
import type { KulturEvent } from '../../src/sdk/index.js';
import { floorList } from '../render/floor-list.js';

function renderFloor(items: readonly KulturEvent[], host: HTMLElement, css: string): HTMLOListElement {
  const shell = document.createElement('div');
  const root = shell.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const { base, list } = floorList(items);
  root.append(style, base);
  host.append(shell);
  return list;
}

Object.assign(window, { renderFloor });
