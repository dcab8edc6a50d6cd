/** The ways to subscribe to one calendar address of the feed. */
export interface SubscribeAddresses {
  /** The address itself, `https://…/events.ics?…`: for calendars that take an address to subscribe to. */
  https: string;
  /** The same with `webcal:`, which Apple Calendar and Outlook open as a subscription rather than a download. */
  webcal: string;
  /** Google Calendar's page that asks the person to add the subscription. */
  google: string;
}

/**
 * The subscription links for a calendar address the feed's client built (`client.events.icsUrl()`), or undefined when
 * it is not an http(s) address: the address comes from the element's `api`, never from the host page's URL, and a
 * scheme no calendar fetches is shown as no link at all. Google reads `cid` as the webcal address, encoded whole.
 */
export function subscribeAddresses(address: string): SubscribeAddresses | undefined {
  const webcal = address.replace(/^https?:/i, 'webcal:');
  if (webcal === address) return undefined;
  return {
    https: address,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
  };
}
