import type { KulturEvent } from '@kulturregion/kultur/contract';
import { REGION_TIME_ZONE } from '../time/region-clock.js';

const day = new Intl.DateTimeFormat('da-DK', {
  timeZone: REGION_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const clock = new Intl.DateTimeFormat('da-DK', { timeZone: REGION_TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** "onsdag den 10. marts 2027 kl. 09.00–15.00", in the region's time. */
export function whenInDanish(event: Pick<KulturEvent, 'start' | 'end' | 'allDay'>): string {
  const start = new Date(event.start);
  const end = new Date(event.end);
  const sameDay = day.format(start) === day.format(end);
  if (event.allDay) return sameDay ? day.format(start) : `${day.format(start)} til ${day.format(end)}`;
  if (sameDay) return `${day.format(start)} kl. ${clock.format(start)}–${clock.format(end)}`;
  return `${day.format(start)} kl. ${clock.format(start)} til ${day.format(end)} kl. ${clock.format(end)}`;
}

/** "Maribo Bibliotek, Torvet 1, 4930 Maribo", or the online address. */
export function whereInDanish(event: Pick<KulturEvent, 'venue' | 'online'>): string {
  if (event.venue) {
    const { name, address, postalCode, city } = event.venue;
    return `${name}, ${address}, ${postalCode} ${city}`;
  }
  return event.online ? `online: ${event.online.url}` : '';
}

/** "1 plads", "3 pladser". */
export function seatsInDanish(seats: number): string {
  return seats === 1 ? '1 plads' : `${seats} pladser`;
}
