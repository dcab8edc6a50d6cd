import type { KulturEvent } from '../../sdk/index.js';

const eventStatus: Record<KulturEvent['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
};

/** schema.org `Event` for one listed event, so search engines see the host page's events. */
export function eventJsonLd(event: KulturEvent, url: string | undefined): Record<string, unknown> {
  const place = event.venue && {
    '@type': 'Place',
    name: event.venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: event.venue.address,
      postalCode: event.venue.postalCode,
      addressLocality: event.venue.city,
      addressCountry: 'DK',
    },
    ...(event.venue.lat !== undefined && event.venue.lng !== undefined
      ? { geo: { '@type': 'GeoCoordinates', latitude: event.venue.lat, longitude: event.venue.lng } }
      : {}),
  };
  const virtual = event.online && { '@type': 'VirtualLocation', url: event.online.url };
  const signup = event.signup;
  const soldOut = signup?.mode === 'internal' && signup.available === 0;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    name: event.title,
    description: event.summary,
    startDate: event.start,
    endDate: event.end,
    eventStatus: eventStatus[event.status],
    eventAttendanceMode: `https://schema.org/${
      place && virtual ? 'Mixed' : virtual ? 'Online' : 'Offline'
    }EventAttendanceMode`,
    location: place && virtual ? [place, virtual] : (place ?? virtual),
    organizer: { '@type': 'Organization', name: event.organizer.name, url: event.organizer.url },
    image: event.image?.url,
    url: url ?? event.url,
    offers: {
      '@type': 'Offer',
      price: event.price,
      priceCurrency: 'DKK',
      availability: `https://schema.org/${soldOut ? 'SoldOut' : 'InStock'}`,
      url: signup?.mode === 'external' ? signup.url : (url ?? event.url),
    },
    ...(signup?.mode === 'internal'
      ? { maximumAttendeeCapacity: signup.capacity, remainingAttendeeCapacity: signup.available }
      : {}),
  };
}
