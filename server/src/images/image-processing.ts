import { createHash } from 'node:crypto';
import { ProblemError } from '../http/problem.js';
import type { Rendition } from './image-store.js';

/** The media types an upload may declare, and so the formats it may be: what phones and cameras and the web make. */
export const IMAGE_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const;
export type ImageUploadType = (typeof IMAGE_UPLOAD_TYPES)[number];

/** The largest upload: a phone's photo at full quality is 3 to 8 MB. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/**
 * The most pixels a picture may declare. A file of a few hundred bytes can claim 100,000 × 100,000 pixels and take
 * gigabytes to decode (a decompression bomb); this is read from the header, before any decoding. 75 million covers
 * the largest phone sensors (64 MP) and a camera's 61 MP with room to spare.
 */
export const MAX_INPUT_PIXELS = 75_000_000;

/** The narrowest picture taken: the elements show a picture at up to 320 CSS pixels on a phone, and more on a screen. */
export const MIN_IMAGE_WIDTH = 320;

/** The widths served (`?w=`); the middle one when none is asked for. */
export const RENDITION_WIDTHS = [480, 960, 1600] as const;
export type RenditionWidth = (typeof RENDITION_WIDTHS)[number];
export const DEFAULT_RENDITION_WIDTH: RenditionWidth = 960;

/** WebP quality: at 80, photographs look as the original to the eye, at a fraction of a JPEG's bytes. */
const WEBP_QUALITY = 80;

/** Codes in a refusal's `errors[0].code`, so the console can say in its own words what to do. */
export const IMAGE_PROBLEM_CODES = ['not-an-image', 'unreadable', 'too-many-pixels', 'too-narrow'] as const;
export type ImageProblemCode = (typeof IMAGE_PROBLEM_CODES)[number];

/**
 * sharp, loaded at the first upload: its native libvips costs a few hundred milliseconds and some 30 MB at start, which
 * a server that only serves the feed, and every `kultur-server token` or `import` command, would pay for nothing.
 */
let loading: Promise<typeof import('sharp')> | undefined;
const loadSharp = async () => (await (loading ??= import('sharp'))).default;

/** A picture made ready to keep: its id, its size upright, and its renditions. */
export interface ProcessedImage {
  id: string;
  /** The format the file really is, as a media type (the bytes decide, not the header). */
  originalType: ImageUploadType;
  width: number;
  height: number;
  renditions: Rendition[];
}

/** The content hash that names a picture: the SHA-256 of the file as uploaded, in hex. */
export function imageId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A picture's id: what `imageId` gives. Anything else names no picture. */
export const IMAGE_ID = /^[0-9a-f]{64}$/;

/**
 * The format of `bytes` by their first bytes, or undefined for anything else. Only these formats ever reach the
 * decoders: an SVG, a TIFF, a PDF or anything else libvips could open is refused before it is parsed.
 */
export function sniffImageType(bytes: Uint8Array): ImageUploadType | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  // ISO BMFF: a `ftyp` box whose major or compatible brands name AVIF.
  if (ascii(4, 8) === 'ftyp') {
    const size = Math.min(bytes.length, new DataView(bytes.buffer, bytes.byteOffset).getUint32(0));
    for (let at = 8; at + 4 <= size; at += 4) if (['avif', 'avis'].includes(ascii(at, at + 4))) return 'image/avif';
  }
  return undefined;
}

function refused(status: number, code: ImageProblemCode, detail: string): ProblemError {
  return new ProblemError(status, status === 413 ? 'payload-too-large' : 'invalid-body', detail, {
    errors: [{ path: '', code, message: detail }],
  });
}

/**
 * Reads an uploaded picture and makes its renditions: turned upright by its EXIF orientation, scaled to each of
 * `RENDITION_WIDTHS` it is wider than (never enlarged; a narrower picture is kept at its own width), encoded as WebP
 * with no metadata at all (sharp writes none unless told to: no EXIF, so no GPS position or camera serial, no XMP,
 * no IPTC, no ICC profile; colours are converted to sRGB). An animated GIF or WebP keeps its first frame.
 *
 * @throws ProblemError 4xx for anything that is not a picture of a kind taken, cannot be read, claims more than
 *   `MAX_INPUT_PIXELS`, or is narrower than `MIN_IMAGE_WIDTH`.
 */
export async function processImage(bytes: Uint8Array): Promise<ProcessedImage> {
  const originalType = sniffImageType(bytes);
  if (!originalType) {
    throw refused(
      400,
      'not-an-image',
      'The body is not a JPEG, PNG, WebP, AVIF or GIF picture. Send the picture file itself as the body.',
    );
  }
  const sharp = await loadSharp();
  // failOn 'warning': a truncated or damaged file is refused, not served half grey.
  const open = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning' });
  let width: number;
  let height: number;
  try {
    const metadata = await open().metadata();
    ({ width, height } = metadata.autoOrient);
  } catch (error) {
    throw readFailure(error);
  }
  if (width < MIN_IMAGE_WIDTH) {
    throw refused(
      400,
      'too-narrow',
      `The picture is ${width} pixels wide; send one at least ${MIN_IMAGE_WIDTH} pixels wide (${RENDITION_WIDTHS.at(-1)} or ` +
        'more looks sharp on every screen).',
    );
  }
  const widths = [...new Set(RENDITION_WIDTHS.map((standard) => Math.min(standard, width)))];
  try {
    const renditions = await Promise.all(
      widths.map(async (target) => {
        const { data, info } = await open()
          .autoOrient()
          .resize({ width: target, withoutEnlargement: true })
          .webp({ quality: WEBP_QUALITY })
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
      }),
    );
    return { id: imageId(bytes), originalType, width, height, renditions };
  } catch (error) {
    throw readFailure(error);
  }
}

/** What a decoder's failure tells the sender: every one is the file's, since only known formats get this far. */
function readFailure(error: unknown): ProblemError {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) {
    return refused(
      413,
      'too-many-pixels',
      `The picture has more than ${MAX_INPUT_PIXELS / 1_000_000} million pixels. Send a smaller one: ` +
        `${RENDITION_WIDTHS.at(-1)} pixels wide is plenty.`,
    );
  }
  return refused(
    400,
    'unreadable',
    'The picture could not be read: the file is damaged or cut short. Open it on your own device, save it again, ' +
      'and send it once more.',
  );
}
