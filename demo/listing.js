// The demo's plain listing: a few lines of script on the feed, until the web components take over.
// Text goes in with textContent only: nothing from the feed is ever parsed as HTML.
const list = document.getElementById('events');
const status = document.getElementById('status');
const when = new Intl.DateTimeFormat('da-DK', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

function item(event) {
  const li = document.createElement('li');
  const title = li.appendChild(document.createElement('h2'));
  title.textContent = event.title;
  const time = li.appendChild(document.createElement('p'));
  time.textContent = when.format(new Date(event.start));
  const place = li.appendChild(document.createElement('p'));
  place.textContent = event.venue ? `${event.venue.name}, ${event.venue.city}` : 'Online';
  const summary = li.appendChild(document.createElement('p'));
  summary.textContent = event.summary;
  return li;
}

try {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
  const response = await fetch(`v1/events?from=${today}&limit=20`);
  if (!response.ok) throw new Error(`${response.status}`);
  const page = await response.json();
  list.append(...page.items.map(item));
  status.textContent = `${page.items.length} kommende arrangementer`;
} catch (error) {
  status.textContent = `Arrangementerne kunne ikke hentes (${error.message}). Prøv igen senere.`;
}
