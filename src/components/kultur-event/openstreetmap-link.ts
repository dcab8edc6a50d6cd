import type { Venue } from '../../sdk/index.js';
import { urlComponent } from '../format/url-component.js';

/**
 * A link to the venue on openstreetmap.org: a marker at its coordinates when the feed has them, else a search for the
 * address. A link, not an embedded map: nothing is loaded from a third party until the person asks for it.
 */
export function openStreetMapUrl(venue: Venue): string {
  if (venue.lat !== undefined && venue.lng !== undefined) {
    const lat = venue.lat.toFixed(5);
    const lng = venue.lng.toFixed(5);
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
  }
  const query = `${venue.address}, ${venue.postalCode} ${venue.city}, Danmark`;
  return `https://www.openstreetmap.org/search?query=${urlComponent(query)}`;
}
