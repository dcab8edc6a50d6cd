import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import type { KulturClient } from '../../sdk/index.js';
import { kulturClientContext } from '../context/client-context.js';
import { clientFor } from './client-for.js';
import { DEFAULT_API } from './default-api.js';
import { KulturElement } from './kultur-element.js';

/**
 * An element that reads the feed. Its client is, in order: the `client` property, the one a surrounding
 * `<kultur-provider>` shares, one made from the `api` attribute, one for the default feed.
 */
export class KulturFeedElement extends KulturElement {
  /** A client made with `createKulturClient()`, for pages that configure their own (retries, headers, cache). */
  @property({ attribute: false }) client: KulturClient | undefined = undefined;

  /** The feed's URL with its version, such as `https://feed.example.dk/v1`. */
  @property() api = '';

  @consume({ context: kulturClientContext, subscribe: true })
  @state()
  protected providedClient: KulturClient | undefined = undefined;

  /** The client this element reads with now. */
  protected get feedClient(): KulturClient {
    return this.client ?? this.providedClient ?? clientFor(this.api || DEFAULT_API);
  }
}
