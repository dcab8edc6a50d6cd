/** The commands beside the server, loaded only when one of them runs. */
export { runImportCommand } from './import-command.js';
export { runTokenCommand } from './token-command.js';
export { runUserCommand } from './user-command.js';
