"""Keys, sealed bundles and signed acknowledgements between a till and its head office.

PyNaCl only, no home-made construction: a bundle is signed with the till's Ed25519 key
(the manifest inside the signed bytes), then sealed to head office's X25519 key (libsodium's
sealed box: only head office's private key opens it; not even the till can afterwards).
An acknowledgement is signed with head office's Ed25519 key. docs/bundle-format.md.
"""
