/**
 * The package's main entry, `@kulturregion/kultur`: the SDK and the element classes, registering nothing.
 *
 * - `@kulturregion/kultur/sdk`: the SDK alone (no Lit), for Node and your own views.
 * - `@kulturregion/kultur/components`: the element classes alone, registering nothing.
 * - `@kulturregion/kultur/define`: registers every `kultur-*` tag (and exports the classes).
 * - `@kulturregion/kultur/kultur.js` (or `/cdn`): the self-registering CDN bundle, for a `<script>` tag.
 *
 * @module
 */
export * from './sdk/index.js';
export * from './components/index.js';
