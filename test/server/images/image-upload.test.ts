import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { cachePolicy } from '../../../server/src/http/cache-policy.js';
import { MAX_BODY_BYTES } from '../../../server/src/http/body-limit.js';
import { problemType, type ProblemKind } from '../../../server/src/http/problem.js';
import { DEMO_IMAGE_POLICY } from '../../../server/src/images/demo-image-routes.js';
import { MAX_IMAGE_BYTES, type ImageProblemCode } from '../../../server/src/images/image-processing.js';
import { assertProblem } from '../support/problem-assertions.js';
import { signedIn } from '../support/console-session.js';
import { ADMIN_TOKEN, createTestFeed, type TestFeed } from '../support/test-feed.js';

const BEARER = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** Words the fixture's EXIF carries, to look for in what is served. */
const CAMERA = 'KulturTestCam';
const DATUM = 'WGS-84';

/**
 * A photograph as a phone takes it: 2000 × 1000 pixels stored sideways with EXIF orientation 6 (turn 90° clockwise
 * to see it upright: 1000 × 2000), the stored left half red and the right half blue, so upright red is on top. Noise
 * makes it a few hundred kilobytes, like a real photo, and larger than any JSON body may be. Its EXIF holds a camera
 * and a GPS position.
 */
async function sidewaysPhoto(): Promise<Buffer> {
  const width = 2000;
  const height = 1000;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
      const noise = (seed >> 16) % 40;
      const at = (y * width + x) * 3;
      const red = x < width / 2;
      pixels[at] = red ? 200 + noise : noise;
      pixels[at + 1] = noise;
      pixels[at + 2] = red ? noise : 200 + noise;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: CAMERA, Model: 'Fixture One' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '54/1 46/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '11/1 52/1 0/1',
        GPSMapDatum: DATUM,
      },
    })
    .toBuffer();
}

/** A plain picture of `width` × `height` in `format`. */
function plain(width: number, height: number, format: 'png' | 'webp' | 'avif' | 'gif' | 'jpeg'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2a7' } })
    .toFormat(format)
    .toBuffer();
}

/** A PNG of a few hundred bytes whose header claims 100,000 × 100,000 pixels: a decompression bomb. */
function pixelBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header[8] = 8; // bits per sample; colour type 0 (grey), the rest 0
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(100_001))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A body fetch takes: a copy on an ArrayBuffer of its own (a Buffer may sit on a shared one). */
function asBody(bytes: Uint8Array | string): BodyInit {
  return typeof bytes === 'string' ? bytes : new Uint8Array(bytes);
}

interface Uploaded {
  id: string;
  url: string;
  width: number;
  height: number;
}

describe('pictures: POST /v1/images and GET /v1/images/{id}', () => {
  let feed: TestFeed;
  let photo: Buffer;
  let uploaded: Uploaded;

  const upload = (body: Uint8Array | string, type = 'image/jpeg', headers: Record<string, string> = BEARER) =>
    feed.request('/v1/images', { method: 'POST', headers: { 'content-type': type, ...headers }, body: asBody(body) });

  async function assertRefused(response: Response, status: number, kind: ProblemKind, code?: ImageProblemCode) {
    const problem = await assertProblem(response, status);
    assert.equal(problem.type, problemType(kind), problem.detail);
    if (code) assert.equal(problem.errors?.[0]?.code, code, problem.detail);
    return problem;
  }

  before(async () => {
    feed = createTestFeed();
    photo = await sidewaysPhoto();
  });
  after(() => feed.close());

  it('has a fixture that carries EXIF with GPS and orientation, and is larger than a JSON body may be', async () => {
    const metadata = await sharp(photo).metadata();
    assert.equal(metadata.orientation, 6);
    assert.deepEqual([metadata.width, metadata.height], [2000, 1000]);
    const exif = metadata.exif!.toString('latin1');
    assert.ok(exif.includes(CAMERA) && exif.includes(DATUM), 'camera and GPS datum are in the EXIF');
    assert.ok(photo.length > MAX_BODY_BYTES, `${photo.length} bytes`);
  });

  it('takes a photo: 201, its content hash as id, its size upright, and Location', async () => {
    const response = await upload(photo);
    assert.equal(response.status, 201, await response.clone().text());
    assert.equal(response.headers.get('cache-control'), 'no-store');
    uploaded = (await response.json()) as Uploaded;
    const id = createHash('sha256').update(photo).digest('hex');
    assert.deepEqual(uploaded, { id, url: `/v1/images/${id}`, width: 1000, height: 2000 });
    assert.equal(response.headers.get('location'), uploaded.url);
  });

  it('keeps WebP renditions 480 and 960 wide and the picture’s own 1000 (never enlarged), upright', async () => {
    const rows = await feed.database.rows<{ width: number; bytes: Uint8Array }>(
      'SELECT width, bytes FROM image_renditions WHERE image_id = ? ORDER BY width',
      uploaded.id,
    );
    assert.deepEqual(
      rows.map((row) => row.width),
      [480, 960, 1000],
    );
    for (const row of rows) {
      const metadata = await sharp(row.bytes).metadata();
      assert.equal(metadata.format, 'webp');
      assert.deepEqual([metadata.width, metadata.height], [row.width, row.width * 2], 'turned upright');
    }
    // Upright, the stored left half (red) is on top.
    const small = rows[0]!.bytes;
    // stats() reads its input, not the pipeline's result: cut the part out first.
    const part = async (top: number) =>
      sharp(await sharp(small).extract({ left: 0, top, width: 480, height: 400 }).toBuffer()).stats();
    const top = await part(0);
    const bottom = await part(560);
    assert.ok(top.channels[0]!.mean > 150 && top.channels[2]!.mean < 60, 'red on top');
    assert.ok(bottom.channels[2]!.mean > 150 && bottom.channels[0]!.mean < 60, 'blue below');
  });

  it('keeps no metadata: no EXIF, GPS, camera, XMP, IPTC or ICC profile in any rendition', async () => {
    const rows = await feed.database.rows<{ bytes: Uint8Array }>(
      'SELECT bytes FROM image_renditions WHERE image_id = ?',
      uploaded.id,
    );
    assert.equal(rows.length, 3);
    for (const { bytes } of rows) {
      const metadata = await sharp(bytes).metadata();
      assert.equal(metadata.exif, undefined);
      assert.equal(metadata.xmp, undefined);
      assert.equal(metadata.iptc, undefined);
      assert.equal(metadata.icc, undefined);
      assert.equal(metadata.orientation, undefined);
      const text = Buffer.from(bytes).toString('latin1');
      for (const word of ['Exif', 'EXIF', 'XMP', 'ICCP', CAMERA, DATUM]) assert.ok(!text.includes(word), word);
    }
  });

  it('serves the 960 rendition with immutable caching, WebP, nosniff and the sandboxing policy', async () => {
    const response = await feed.request(uploaded.url, { headers: { origin: 'https://www.lolland.dk' } });
    assert.equal(response.status, 200);
    const headers = Object.fromEntries(response.headers);
    assert.equal(headers['content-type'], 'image/webp');
    assert.equal(headers['cache-control'], cachePolicy.immutable);
    assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['content-security-policy'], DEMO_IMAGE_POLICY);
    assert.equal(headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(headers['access-control-allow-origin'], '*');
    assert.match(headers.etag ?? '', /^"[0-9a-f]+"$/);
    const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    assert.deepEqual([metadata.format, metadata.width, metadata.height], ['webp', 960, 1920]);
  });

  it('answers HEAD with the headers and no body, and a repeated GET with 304', async () => {
    const head = await feed.request(uploaded.url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'image/webp');
    assert.equal(await head.text(), '');
    const tag = head.headers.get('etag')!;
    const again = await feed.request(uploaded.url, { headers: { 'if-none-match': tag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), tag);
  });

  it('serves ?w=480, 960 and 1600 (the picture’s own 1000 for 1600), each with its own ETag', async () => {
    const tags = new Set<string>();
    for (const [w, width] of [
      ['480', 480],
      ['960', 960],
      ['1600', 1000],
    ] as const) {
      const response = await feed.request(`${uploaded.url}?w=${w}`);
      assert.equal(response.status, 200, w);
      assert.equal(response.headers.get('cache-control'), cachePolicy.immutable, w);
      tags.add(response.headers.get('etag')!);
      const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      assert.equal(metadata.width, width, w);
    }
    assert.equal(tags.size, 3);
    // Other parameters are ignored, as for the demo pictures: a CDN may add its own.
    assert.equal((await feed.request(`${uploaded.url}?w=480&utm_source=x`)).status, 200);
  });

  for (const w of ['', '100', '481', 'abc', '960px', ' 960', '0960', '960&w=480']) {
    it(`refuses ?w=${w} with 400 and says which widths there are`, async () => {
      const problem = await assertRefused(await feed.request(`${uploaded.url}?w=${w}`), 400, 'invalid-parameter');
      assert.match(problem.detail!, /480, 960, 1600/);
      assert.equal(problem.errors?.[0]?.path, 'w');
    });
  }

  for (const id of ['0'.repeat(64), 'findes-ikke', 'A'.repeat(64), `${'a'.repeat(63)}`, 'demo']) {
    it(`answers /v1/images/${id.slice(0, 12)}… with a 404 problem`, async () => {
      await assertRefused(await feed.request(`/v1/images/${id}`), 404, 'not-found');
      await assertRefused(await feed.request(`/v1/images/${id}?w=480`), 404, 'not-found');
    });
  }

  it('keeps the demo pictures at /v1/images/demo/{file}', async () => {
    const response = await feed.request('/v1/images/demo/sankthans.svg');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/svg+xml');
  });

  it('stores the same picture once: a second upload answers 200 with the same id', async () => {
    const response = await upload(photo);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), uploaded);
    assert.equal(response.headers.get('location'), uploaded.url);
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM images'), 1);
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM image_renditions'), 3);
  });

  it('stores a picture sent twice at once only once', async () => {
    const picture = await plain(700, 400, 'png');
    const answers = await Promise.all([upload(picture, 'image/png'), upload(picture, 'image/png')]);
    const bodies = await Promise.all(answers.map((answer) => answer.json() as Promise<Uploaded>));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 201]);
    assert.deepEqual(bodies[0], bodies[1]);
    assert.deepEqual(bodies[0]!.width, 700);
    const renditions = await feed.database.rows<{ width: number }>(
      'SELECT width FROM image_renditions WHERE image_id = ? ORDER BY width',
      bodies[0]!.id,
    );
    assert.deepEqual(
      renditions.map((row) => row.width),
      [480, 700],
    );
  });

  for (const format of ['png', 'webp', 'avif', 'gif'] as const) {
    it(`takes a ${format.toUpperCase()} and serves it as WebP`, async () => {
      const response = await upload(await plain(400, 300, format), `image/${format}`);
      assert.equal(response.status, 201, await response.clone().text());
      const { url, width, height } = (await response.json()) as Uploaded;
      assert.deepEqual([width, height], [400, 300]);
      const served = await feed.request(`${url}?w=1600`);
      const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      assert.deepEqual([metadata.format, metadata.width], ['webp', 400]);
    });
  }

  it('refuses an upload without a token, or with a wrong one, with 401', async () => {
    await assertRefused(await upload(photo, 'image/jpeg', {}), 401, 'unauthorized');
    await assertRefused(await upload(photo, 'image/jpeg', { authorization: 'Bearer nope' }), 401, 'unauthorized');
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM images WHERE id = ?', '0'.repeat(64)), 0);
  });

  it('is for the admin audience across origins: a page on another site may not even ask to upload', async () => {
    const preflight = await feed.request('/v1/images', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    await assertRefused(preflight, 403, 'origin-not-allowed');
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  });

  it('refuses a body declared as anything but a picture type with 415, naming the types', async () => {
    for (const type of ['text/plain', 'application/json', 'image/svg+xml', 'image/heic', 'multipart/form-data']) {
      const problem = await assertRefused(await upload(photo, type), 415, 'unsupported-media-type');
      assert.match(problem.detail!, /image\/jpeg, image\/png, image\/webp, image\/avif, image\/gif/);
    }
    const bare = await feed.request('/v1/images', { method: 'POST', headers: BEARER, body: asBody(photo) });
    await assertRefused(bare, 415, 'unsupported-media-type');
  });

  it('takes the type with parameters and in any case', async () => {
    const response = await upload(await plain(500, 300, 'jpeg'), 'Image/JPEG; charset=binary');
    assert.equal(response.status, 201);
  });

  it('refuses a text file, an empty body and an SVG declared as pictures: not a picture, 400', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><script>alert(1)</script></svg>';
    for (const body of ['Dette er ikke et billede.', '', svg, '\xff\xd8']) {
      await assertRefused(await upload(body), 400, 'invalid-body', 'not-an-image');
    }
  });

  it('refuses a truncated JPEG: it cannot be read, 400', async () => {
    const problem = await assertRefused(
      await upload(photo.subarray(0, photo.length / 2)),
      400,
      'invalid-body',
      'unreadable',
    );
    assert.match(problem.detail!, /damaged or cut short/);
  });

  it('refuses a picture narrower than 320 pixels, saying how wide it is and should be', async () => {
    const problem = await assertRefused(
      await upload(await plain(100, 100, 'png'), 'image/png'),
      400,
      'invalid-body',
      'too-narrow',
    );
    assert.match(problem.detail!, /100 pixels wide.*at least 320/);
    // Narrow once upright: a 300 × 600 photo stored sideways is 600 wide only as stored.
    const sideways = await sharp(await plain(600, 300, 'jpeg'))
      .withMetadata({ orientation: 6 })
      .toBuffer();
    await assertRefused(await upload(sideways), 400, 'invalid-body', 'too-narrow');
  });

  it('refuses a decompression bomb from its header, before decoding: 413', async () => {
    const bomb = pixelBomb();
    assert.ok(bomb.length < 1_000, `${bomb.length} bytes`);
    const problem = await assertRefused(await upload(bomb, 'image/png'), 413, 'payload-too-large', 'too-many-pixels');
    assert.match(problem.detail!, /more than 75 million pixels/);
  });

  it('refuses a body over 10 MB with 413, and still takes more than a JSON body on this path only', async () => {
    const over = new Uint8Array(MAX_IMAGE_BYTES + 1);
    over.set(photo);
    await assertRefused(await upload(over), 413, 'payload-too-large');
    const events = await feed.request('/v1/events', {
      method: 'POST',
      headers: { ...BEARER, 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES) }),
    });
    await assertRefused(events, 413, 'payload-too-large');
  });

  it('stored nothing for any refusal', async () => {
    // The photo, the pair sent at once, four formats and the one with a typed parameter.
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM images'), 7);
  });

  it('takes a picture from a signed-in person with the CSRF token, never without it', async () => {
    const organiser = await signedIn(feed, 'organiser');
    const small = await plain(640, 400, 'png');
    const forged = await upload(small, 'image/png', { cookie: organiser.cookie });
    await assertRefused(forged, 403, 'csrf-failed');
    const crossSite = await upload(small, 'image/png', {
      cookie: organiser.cookie,
      'x-kultur-csrf': organiser.csrfToken,
      'sec-fetch-site': 'cross-site',
    });
    await assertRefused(crossSite, 403, 'cross-site-request');
    const id = createHash('sha256').update(small).digest('hex');
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM images WHERE id = ?', id), 0);
    const taken = await upload(small, 'image/png', { cookie: organiser.cookie, 'x-kultur-csrf': organiser.csrfToken });
    assert.equal(taken.status, 201, await taken.clone().text());
    const [row] = await feed.database.rows<{ created_by: string }>('SELECT created_by FROM images WHERE id = ?', id);
    assert.equal(row?.created_by, `person:${organiser.person.id}`);
  });

  it('takes only POST at /v1/images and GET at /v1/images/{id}', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const response = await feed.request('/v1/images', { method, headers: BEARER });
      await assertRefused(response, 405, 'method-not-allowed');
      assert.equal(response.headers.get('allow'), 'POST, OPTIONS', method);
    }
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await feed.request(uploaded.url, { method, headers: BEARER });
      await assertRefused(response, 405, 'method-not-allowed');
      assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS', method);
    }
  });

  it('is in the OpenAPI document', async () => {
    const document = await (await feed.request('/v1/openapi.json')).json();
    const upload = document.paths['/v1/images']?.post;
    assert.ok(upload, 'the upload is described');
    assert.ok(upload.requestBody.content['image/jpeg']);
    for (const status of ['200', '201', '400', '401', '413', '415']) assert.ok(upload.responses[status], status);
    const read = document.paths['/v1/images/{id}']?.get;
    assert.ok(read, 'the picture is described');
    assert.ok(read.responses['200'].content['image/webp']);
    assert.deepEqual(read.parameters.find((p: { name: string }) => p.name === 'w').schema.enum, [480, 960, 1600]);
  });
});
