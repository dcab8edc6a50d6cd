/** A mistake in how the SDK is called: a plain `TypeError` whose message ends with the guide's section on it. */
export function usageError(message: string, section: string): TypeError {
  return new TypeError(`${message} See docs/sdk.md#${section} in @kulturregion/kultur.`);
}
