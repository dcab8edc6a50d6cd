/**
 * `npm run docs`: the whole documentation as one static site, by default in `demo/docs/` (gitignored), so `npm start`
 * serves it at `/docs/` beside the demo. In it:
 *
 * - every guide in `docs/*.md` as a page (the webmaster guide in Danish and English, frameworks, theming, …);
 * - `elements.html`: the element reference, from `custom-elements.json` (`scripts/element-reference.mjs`);
 * - `sdk/`: the SDK reference, from typedoc;
 * - `feed-reference.html` and `openapi.json`: the feed API, from the server's OpenAPI document;
 * - `index.html`, linking all of it and the demo.
 *
 * Fails (exit 1) on any warning: a page link or anchor that leads nowhere, a typedoc warning. Run it under tsx (the
 * OpenAPI document is TypeScript): `node --import tsx scripts/docs-site.mjs [--out DIR]`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Marked } from 'marked';
import { elementReference } from './element-reference.mjs';
import { feedReference, serverDocument } from './feed-reference.mjs';
import { slugger } from './slug.mjs';
import { bundleIntegrity } from './sri.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsDir = join(root, 'docs');
const demoDir = join(root, 'demo');

/** Pages in the order the navigation lists them; any other `docs/*.md` is built too and listed after these. */
const NAV = [
  ['webmaster-guide', 'Webmaster-guide (dansk)'],
  ['webmaster-guide.en', 'Webmaster guide (English)'],
  ['console', 'Konsollen / The console'],
  ['elements', 'Element reference'],
  ['theming', 'Theming'],
  ['frameworks', 'React, Vue, Angular'],
  ['sdk', 'SDK guide'],
  ['sdk/index', 'SDK reference'],
  ['feed-api', 'Feed API guide'],
  ['feed-reference', 'Feed API reference'],
  ['accessibility', 'Accessibility'],
];
/** Pages written in Danish; the rest are English (or both, each part marked up where the Markdown says so). */
const DANISH = new Set(['webmaster-guide']);

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const stripTags = (html) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Where a link in `docs/<page>.md` leads on the site: another guide's page, an asset copied beside the pages, a page
 * of the demo (served at `/`, the site at `/docs/`), or nowhere (a file of the repository: shown as text).
 */
function siteHref(href, assets) {
  if (/^[a-z]+:|^\/\/|^#/i.test(href)) return href;
  const [path, hash = ''] = href.split(/(?=#)/);
  const target = resolve(docsDir, path);
  if (target.startsWith(docsDir + '/') || target === docsDir) {
    const inDocs = relative(docsDir, target);
    if (inDocs.endsWith('.md')) return `${inDocs.slice(0, -3)}.html${hash}`;
    if (existsSync(target)) {
      assets.add(inDocs);
      return `${inDocs}${hash}`;
    }
    return href;
  }
  if (target.startsWith(demoDir + '/') || target === demoDir) return `../${relative(demoDir, target)}${hash}`;
  if (target === join(root, 'README.md')) return `index.html${hash}`;
  return undefined;
}

function markdownRenderer(assets) {
  let slugs = slugger();
  const marked = new Marked({
    gfm: true,
    hooks: {
      preprocess(markdown) {
        slugs = slugger();
        return markdown;
      },
    },
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        return `<h${depth} id="${escapeHtml(slugs(stripTags(inner)))}">${inner}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const target = siteHref(href, assets);
        if (target === undefined)
          return `<span class="repo-path" title="${escapeHtml(`In the repository: ${href}`)}">${inner}</span>`;
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${inner}</a>`;
      },
      image({ href, title, text }) {
        const target = siteHref(href, assets) ?? href;
        return `<img src="${escapeHtml(target)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''} loading="lazy">`;
      },
    },
  });
  return (markdown) => marked.parse(markdown);
}

const STYLE = `
:root { color-scheme: light; --accent: #004d99; --text: #1a1a1a; --muted: #4f4f4f; --border: #c4c4c4; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.6 'IBM Plex Sans', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: var(--text); }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; }
.skip-link:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 1; }
.layout { display: grid; grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr); gap: 2rem; max-width: 90rem; margin: 0 auto; padding: 1rem; }
nav ul { list-style: none; padding: 0; margin: 0; }
nav li { margin: 0.25rem 0; }
nav a[aria-current='page'] { font-weight: 700; }
main { min-width: 0; }
pre { background: #f4f4f4; padding: 0.75rem 1rem; border-radius: 0.25rem; white-space: pre-wrap; overflow-wrap: anywhere; }
code { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 0.9em; }
:not(pre) > code { background: #f4f4f4; padding: 0.1em 0.3em; border-radius: 0.2em; overflow-wrap: break-word; }
table { border-collapse: collapse; }
.table-scroll { overflow-x: auto; margin: 1rem 0; }
.table-scroll:focus-visible { outline: 3px solid var(--accent); }
th, td { border: 1px solid var(--border); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
img { max-width: 100%; height: auto; }
.repo-path { border-bottom: 1px dotted var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--border); border-radius: 0.25rem; padding: 1rem; }
.cards h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
@media (max-width: 48rem) { .layout { grid-template-columns: 1fr; } }
`;

function page({ title, lang, body, current, depth = 0, nav }) {
  const up = '../'.repeat(depth);
  const links = nav
    .map(
      ([file, label]) =>
        `<li${DANISH.has(file) ? ' lang="da"' : ''}><a href="${up}${file}.html"${file === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Kultur docs</title>
<link rel="stylesheet" href="${up}docs.css">
<link rel="icon" href="${up}favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#content">${lang === 'da' ? 'Gå til indhold' : 'Skip to content'}</a>
<div class="layout">
<nav aria-label="Kultur docs" lang="en">
<p><a href="${up}index.html"${current === 'index' ? ' aria-current="page"' : ''}><strong>Kultur docs</strong></a></p>
<ul>
${links}
<li><a href="${up}../">The demo</a></li>
</ul>
</nav>
<main id="content" tabindex="-1">
${body}
</main>
</div>
</body>
</html>
`;
}

function indexBody(version, integrity) {
  const card = (href, title, text) => `<li><h2><a href="${href}">${title}</a></h2><p>${text}</p></li>`;
  return `<h1>Kultur docs</h1>
<p>Kultur shows the cultural events of Kulturregion Storstrøm on the websites of Faxe, Guldborgsund, Lolland,
Næstved, Stevns and Vordingborg: a script tag and an element for webmasters, a typed SDK for developers, and the
feed server behind both. Version ${escapeHtml(version)}.</p>
<ul class="cards">
${card('webmaster-guide.html', 'Webmaster-guide', '<span lang="da">Indsæt kalenderen og tilmeldingen på kommunens hjemmeside: snippet, CMS, udseende, CSP, fejlfinding.</span>')}
${card('webmaster-guide.en.html', 'Webmaster guide', 'The same in English: the snippet, where to paste it in Drupal/OS2web, WordPress, Umbraco and Sitecore, theming, CSP, troubleshooting.')}
${card('console.html', 'Konsollen / The console', '<span lang="da">Skriv, godkend og udgiv arrangementer på <code>/admin/</code>.</span> Write, approve and publish events at <code>/admin/</code>: for the secretariat, culture consultants and organisers.')}
${card('elements.html', 'Element reference', 'Every attribute, property, event, token, part and state of &lt;kultur-events&gt;, &lt;kultur-event&gt;, &lt;kultur-signup&gt; and &lt;kultur-provider&gt;.')}
${card('frameworks.html', 'React, Vue and Angular', 'The elements in a framework app: properties, events, types.')}
${card('sdk.html', 'SDK guide', 'Read the feed from Node or your own views with <code>@kulturregion/kultur/sdk</code>.')}
${card('sdk/index.html', 'SDK reference', 'Every export of the SDK, generated by typedoc.')}
${card('feed-api.html', 'Feed API guide', 'Filters, paging, caching, errors, iCalendar and the no-script listing.')}
${card('feed-reference.html', 'Feed API reference', 'Every operation and schema, from the OpenAPI document (<a href="openapi.json">openapi.json</a>).')}
${card('theming.html', 'Theming', 'The <code>--kultur-*</code> tokens, parts and states.')}
${card('../', 'The demo', 'Six themed municipal sites using only the public snippet, a theme gallery and a developer page.')}
</ul>
<h2>The snippet</h2>
<pre><code>&lt;script type="module" src="https://cdn.example/kultur/${escapeHtml(version)}/kultur.js"
  integrity="${escapeHtml(integrity ?? 'sha384-… (run npm run build)')}" crossorigin="anonymous"&gt;&lt;/script&gt;
&lt;kultur-events municipality="lolland" category="kursus"&gt;&lt;/kultur-events&gt;</code></pre>
<p>The integrity hash is that of <code>dist/kultur.js</code> of version ${escapeHtml(version)}; the
<a href="webmaster-guide.en.html#the-snippet">webmaster guide</a> explains it.</p>`;
}

/** Every `href` and `src` of a page that must exist on the site, with its anchor. */
function checkLinks(outDir, files, problems) {
  const idsOf = new Map();
  const ids = (file) => {
    if (!idsOf.has(file)) {
      const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
      idsOf.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])));
    }
    return idsOf.get(file);
  };
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const [, , value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const href = value.replace(/&amp;/g, '&');
      if (/^[a-z]+:|^\/\//i.test(href)) continue;
      const [path, hash] = href.split('#');
      let target = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
      // The site sits in the demo's folder: `../` leads to the demo, which the same server serves.
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        problems.push(`${relative(outDir, file)}: the link ${href} leads to nothing`);
      } else if (hash && target.endsWith('.html') && !ids(target).has(hash)) {
        problems.push(`${relative(outDir, file)}: the link ${href} names an anchor its page does not have`);
      }
    }
  }
}

export async function buildDocsSite(outDir = join(demoDir, 'docs')) {
  const problems = [];
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const integrity = bundleIntegrity();
  // `npm start` builds the docs without the CDN bundle; the snippets then say "run npm run build" in its place.
  if (!integrity && !process.env.KULTUR_DOCS_FOR_DEMO) {
    console.log(
      'docs: the snippets show a placeholder for the integrity hash until npm run build makes dist/kultur.js',
    );
  }

  const document = await serverDocument();
  writeFileSync(join(outDir, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
  const sources = new Map();
  for (const name of readdirSync(docsDir).filter((file) => file.endsWith('.md'))) {
    sources.set(basename(name, '.md'), readFileSync(join(docsDir, name), 'utf8'));
  }
  // The generated references, also kept as Markdown beside their pages.
  for (const [name, markdown] of [
    ['elements', elementReference()],
    ['feed-reference', feedReference(document)],
  ]) {
    sources.set(name, markdown);
    writeFileSync(join(outDir, `${name}.md`), markdown);
  }

  const known = new Set(NAV.map(([file]) => file));
  const nav = [
    ...NAV,
    ...[...sources.keys()]
      .filter((name) => !known.has(name))
      .sort()
      .map((name) => [name, (sources.get(name).match(/^# (.+)$/m)?.[1] ?? name).replace(/`/g, '')]),
  ];
  const assets = new Set();
  const render = markdownRenderer(assets);
  const pages = [];
  for (const [name, markdown] of sources) {
    // A wide table scrolls sideways in its own region, which keyboard users must be able to reach (WCAG 2.1.1).
    let body = render(markdown)
      .replaceAll('<table>', '<div class="table-scroll" tabindex="0" role="region" aria-label="Table"><table>')
      .replaceAll('</table>', '</table></div>');
    // The pinned snippet in the guides: this version, and the hash of this version's bundle.
    body = body.replace(/kultur\/\d+\.\d+\.\d+[^/]*\/kultur\.js/g, `kultur/${version}/kultur.js`);
    if (integrity) body = body.replaceAll('sha384-…', integrity);
    const title = stripTags(body.match(/<h1[^>]*>(.*?)<\/h1>/s)?.[1] ?? name);
    const file = join(outDir, `${name}.html`);
    writeFileSync(file, page({ title, lang: DANISH.has(name) ? 'da' : 'en', body, current: name, nav }));
    pages.push(file);
  }
  for (const asset of assets) {
    mkdirSync(dirname(join(outDir, asset)), { recursive: true });
    cpSync(join(docsDir, asset), join(outDir, asset));
  }
  writeFileSync(join(outDir, 'docs.css'), STYLE.trimStart());
  cpSync(join(demoDir, 'favicon.svg'), join(outDir, 'favicon.svg'));
  const index = join(outDir, 'index.html');
  writeFileSync(
    index,
    page({ title: 'Kultur docs', lang: 'en', body: indexBody(version, integrity), current: 'index', nav }),
  );
  pages.push(index);

  // typedoc validates its own links and fails on its warnings (typedoc.json: treatWarningsAsErrors).
  const typedoc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', join(outDir, 'sdk')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (typedoc.status !== 0) problems.push(`typedoc failed:\n${typedoc.stdout}${typedoc.stderr}`);

  checkLinks(outDir, pages, problems);
  return { outDir, pages, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const { outDir, pages, problems } = await buildDocsSite(values.out ? resolve(values.out) : undefined);
  if (problems.length) {
    for (const problem of problems) console.error(`docs: ${problem}`);
    process.exit(1);
  }
  console.log(`docs: ${pages.length} pages and the SDK reference in ${relative(process.cwd(), outDir) || '.'}`);
}
