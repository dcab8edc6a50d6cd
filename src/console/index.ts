/**
 * The console's browser bundle (`server/build.mjs` makes `dist/admin/console.js` of it): every element of the
 * console, registered. `<console-app>` in the page at `/admin/` starts it.
 */
import './console-app.js';
