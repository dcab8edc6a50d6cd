/**
 * The feed the elements read when neither an `api` attribute nor a `<kultur-provider>` names one. The CDN build
 * replaces this value with its `KULTUR_DEFAULT_API` setting.
 */
export const DEFAULT_API = 'https://feed.kulturregionstorstroem.dk/v1/';
