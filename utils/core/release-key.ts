/**
 * The public key of Backstory's dataset releases (ECDSA P-256, JWK). URL
 * updates must carry a manifest signed with the matching private key, which
 * the maintainers keep outside the repository (`npm run dataset:sign`).
 */
export const RELEASE_PUBLIC_KEY: JsonWebKey | undefined = undefined;
