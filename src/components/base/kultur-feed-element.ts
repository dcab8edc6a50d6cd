import type { PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { failureKindOf, type FailureKind } from '../../sdk/errors/failure-kind.js';
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
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    api: {},
    providedClient: { state: true, attribute: false },
  };

  /** A client made with `createKulturClient()`, for pages that configure their own (retries, headers, cache). */
  client: KulturClient | undefined = undefined;

  /** The feed's URL with its version, such as `https://feed.example.dk/v1`. */
  api = '';

  /** The client a surrounding `<kultur-provider>` shares, kept up to date as it changes. */
  protected providedClient: KulturClient | undefined = undefined;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: kulturClientContext,
      subscribe: true,
      callback: (client) => {
        this.providedClient = client;
      },
    });
  }

  /** The kinds of failure the webmaster has been told about: one line each, however often the visitor retries. */
  readonly #reported = new Set<FailureKind>();

  /** The client this element reads with now. */
  protected get feedClient(): KulturClient {
    return this.client ?? this.providedClient ?? clientFor(this.api || DEFAULT_API);
  }

  /**
   * The element the webmaster placed, whose settings a message names: itself, or for the listing's dialog and the
   * event's signup form, which are given their client by the element around them, that element.
   */
  #placed(): KulturFeedElement {
    const host = (this.getRootNode() as Partial<ShadowRoot>).host;
    return this.client && host instanceof KulturFeedElement ? host.#placed() : this;
  }

  /**
   * The kind of `error` (see `failureKindOf()` in the SDK), after telling the webmaster in the console, the first
   * time this element meets that kind, what failed and which setting to check. The visitor's own connection
   * (`offline`) is nobody's to fix and gets no line; a bug (`other`) is logged as it is.
   */
  protected reportFailure(error: unknown): FailureKind {
    const kind = failureKindOf(error);
    if (kind === 'offline' || this.#reported.has(kind)) return kind;
    this.#reported.add(kind);
    if (kind === 'other') {
      console.error(error);
      return kind;
    }
    const placed = this.#placed();
    const feed = {
      tag: placed.localName,
      base: this.feedClient.baseUrl,
      from: placed.client ? 'client' : placed.providedClient ? 'provider' : placed.api ? 'api' : 'none',
    } as const;
    // The words are a chunk of their own in the CDN bundle, fetched only when something fails; without them (the
    // chunk cannot be fetched either) the SDK's error still says what happened.
    import('./failure-report.js').then(
      (report) => report.warnWebmaster(kind, error, feed),
      () => console.warn(error),
    );
    return kind;
  }
}
