/**
 * Warns a webmaster, once, when the page's tokens leave text with too little contrast. WCAG 2.1 AA (1.4.3) asks for
 * 4.5:1; a municipality that sets `--kultur-color-accent` to its light brand colour finds out here, in the console,
 * before a citizen does.
 */
const warned = new Set<string>();
const AA_TEXT = 4.5;

type Rgba = [red: number, green: number, blue: number, alpha: number];

function parse(color: string): Rgba | undefined {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3 || !color.startsWith('rgb')) return undefined;
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** `top` painted over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (i: number) => top[i]! * top[3] + bottom[i]! * (1 - top[3]);
  return [mix(0), mix(1), mix(2), 1];
}

function luminance([red, green, blue]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

/** The contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour behind an element: its own background, else its ancestors' (across shadow roots), else white. */
function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  let node: Element | null = element;
  while (node) {
    const layer = parse(getComputedStyle(node).backgroundColor);
    if (layer && layer[3] > 0) {
      layers.push(layer);
      if (layer[3] >= 1) break;
    }
    node = node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

function hex([red, green, blue]: Rgba): string {
  return `#${[red, green, blue].map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Checks the text colour of `element` against what is behind it and warns once per page and colour pair when it is
 * below 4.5:1. `tokens` names the custom properties that decide the pair, so the message says what to change.
 */
export function checkContrast(element: Element | null | undefined, tokens: string): void {
  if (!element) return;
  const background = backgroundBehind(element);
  const foreground = parse(getComputedStyle(element).color);
  if (!foreground) return;
  const text = over(foreground, background);
  const ratio = contrastRatio(text, background);
  if (ratio >= AA_TEXT) return;
  const key = `${tokens}|${hex(text)}|${hex(background)}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `Kultur: ${tokens} gives text ${hex(text)} on ${hex(background)}, a contrast of ${ratio.toFixed(2)}:1. ` +
      `WCAG 2.1 AA needs at least 4.5:1; choose a darker or lighter colour for these tokens.`,
  );
}
