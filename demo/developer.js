// The developer page: the SDK from the same file the snippet loads, rendering into a plain table.
// Everything from the feed goes in through textContent: nothing it sends is ever parsed as HTML.
import { createKulturClient, isKulturError } from '/kultur/1/kultur.js';

const client = createKulturClient({ baseUrl: new URL('/v1/', location.href) });
const form = document.getElementById('query');
const select = document.getElementById('municipality');
const rows = document.getElementById('rows');
const status = document.getElementById('status');
const caption = document.getElementById('caption');

const zone = 'Europe/Copenhagen';
const dateTime = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
const dateOnly = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: zone });
const money = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });
/** Today in the region, as the feed's `from` wants it (YYYY-MM-DD). */
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: zone });

let names = new Map();
let controller;

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function seats(event) {
  if (!event.signup) return 'Ingen tilmelding';
  if (event.signup.mode === 'external') return 'Hos arrangøren';
  return String(event.signup.available);
}

function render(items) {
  rows.replaceChildren(
    ...items.map((event) => {
      const row = document.createElement('tr');
      const when = cell(row, '');
      const time = when.appendChild(document.createElement('time'));
      time.dateTime = event.start;
      time.textContent = (event.allDay ? dateOnly : dateTime).format(new Date(event.start));
      cell(row, event.title);
      cell(row, event.venue ? `${event.venue.name}, ${event.venue.city}` : 'Online');
      cell(row, names.get(event.municipality) ?? event.municipality);
      cell(row, event.price === 0 ? 'Gratis' : money.format(event.price), 'number');
      cell(row, seats(event), event.signup?.mode === 'internal' ? 'number' : undefined);
      return row;
    }),
  );
}

async function show() {
  // A new query cancels the one still running: its answer would be stale.
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  const municipality = select.value;
  const q = form.elements.namedItem('q').value.trim();
  status.textContent = 'Henter arrangementer …';
  try {
    const { items, nextCursor } = await client.events.list(
      {
        ...(municipality ? { municipality: [municipality] } : {}),
        ...(q ? { q } : {}),
        from: today(),
        limit: 20,
      },
      { signal },
    );
    render(items);
    const where = municipality ? names.get(municipality) : 'hele regionen';
    caption.textContent = `Kommende arrangementer i ${where}`;
    status.textContent = items.length
      ? `${items.length} arrangementer${nextCursor ? ' (de første 20)' : ''}.`
      : 'Ingen arrangementer passer på søgningen.';
  } catch (error) {
    if (signal.aborted) return;
    rows.replaceChildren();
    status.textContent = isKulturError(error)
      ? `Arrangementerne kunne ikke hentes: ${error.message}`
      : 'Arrangementerne kunne ikke hentes. Prøv igen om lidt.';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void show();
});
select.addEventListener('change', () => void show());

try {
  const municipalities = await client.municipalities();
  names = new Map(municipalities.map((municipality) => [municipality.id, municipality.name.da]));
  select.append(...municipalities.map((municipality) => new Option(municipality.name.da, municipality.id)));
} catch {
  // The table still works for the whole region; the error shows when it loads.
}
await show();
