import { createContext } from '@lit/context';
import type { KulturClient } from '../../sdk/index.js';

/**
 * The client `<kultur-provider>` shares with the elements inside it. The key is `Symbol.for` so that elements from
 * separately loaded bundles find the same provider.
 */
export const kulturClientContext = createContext<KulturClient | undefined>(Symbol.for('kultur-client'));
