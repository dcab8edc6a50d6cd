/**
 * The Trusted Types policy that writes the listing's JSON-LD. A page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) and names its policies (`trusted-types lit-html …`) adds this name to keep
 * the JSON-LD; see docs/security.md.
 */
export const JSON_LD_POLICY = 'kultur-json-ld';

/** The little of the Trusted Types API used here; TypeScript's DOM library does not describe it. */
interface ScriptPolicyFactory {
  createPolicy(
    name: string,
    rules: { createScript: (input: string) => string },
  ): { createScript(input: string): object };
}

/** Undefined until first needed; null where the page's CSP refuses the policy. */
let policy: { createScript(input: string): object } | null | undefined;

function trustedTypes(): ScriptPolicyFactory | undefined {
  return (globalThis as { trustedTypes?: ScriptPolicyFactory }).trustedTypes;
}

/**
 * What a `<script type="application/ld+json">` may be given as its text on this page: the JSON itself where the
 * browser has no Trusted Types, a TrustedScript from the `kultur-json-ld` policy where it has, and undefined where
 * the page's CSP does not allow that policy (the listing then goes without JSON-LD, and says so once).
 *
 * The policy is made on first use, so a page with `no-json-ld` never asks for it, and it passes nothing but JSON:
 * it cannot be used to slip script into the page.
 */
export function jsonLdText(json: string): string | object | undefined {
  const factory = trustedTypes();
  if (!factory) return json;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(JSON_LD_POLICY, {
        createScript: (input) => {
          JSON.parse(input);
          return input;
        },
      });
    } catch {
      policy = null;
      console.warn(
        `Kultur: this page's Content-Security-Policy does not allow the Trusted Types policy "${JSON_LD_POLICY}", ` +
          `so <kultur-events> writes no JSON-LD for search engines. Add ${JSON_LD_POLICY} to the trusted-types ` +
          'directive, or set no-json-ld on the element. See docs/security.md.',
      );
    }
  }
  return policy ? policy.createScript(json) : undefined;
}
