"""A bundle sealed and signed, and an acknowledgement signed: making and opening them.

    bundle = MAGIC + sealed_box(head office, ed25519_sign(till, gzip(JSON document)))
    ack    = ACK_MAGIC + ed25519_sign(head office, JSON document)

The JSON documents are domain.bundle_format's; this module only checks who made the bytes
and that not one of them changed. Opening never trusts what it has not verified: the
manifest is read unverified only to choose the store's key, then the signature is checked
before anything else is used.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable
from typing import Any

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import SealedBox
from nacl.signing import VerifyKey

from desktop_app.sealing.keys import HeadOfficeKeys, HeadOfficePublicKey, StoreKeys

MAGIC = b"TILL-COMPLAINT-LOGGER BUNDLE 1\n"
ACK_MAGIC = b"TILL-COMPLAINT-LOGGER ACK 1\n"
SIGNATURE_BYTES = 64
#: A bundle's document is at most this large once unpacked (a year of a busy store is tens
#: of megabytes); a "bundle" that unpacks to more is refused rather than read.
MAX_DOCUMENT_BYTES = 2 * 1024 ** 3


class SealError(ValueError):
    """A bundle or acknowledgement that cannot be trusted; the message says why."""


def _json(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True).encode("utf-8")


def seal_bundle(document: dict[str, Any], till: StoreKeys,
                head_office: HeadOfficePublicKey) -> bytes:
    packed = gzip.compress(_json(document), compresslevel=6, mtime=0)
    return MAGIC + SealedBox(head_office.encryption).encrypt(till.signing_key.sign(packed))


def _unpack(packed: bytes) -> dict[str, Any]:
    inflater = zlib.decompressobj(wbits=31)
    try:
        raw = inflater.decompress(packed, MAX_DOCUMENT_BYTES)
    except zlib.error:
        raise SealError("The bundle's contents are damaged.") from None
    if inflater.unconsumed_tail:
        raise SealError("The bundle unpacks to more than any store sends: refused.")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SealError("The bundle's contents are not a bundle document.") from None
    if not isinstance(document, dict) or not isinstance(document.get("manifest"), dict):
        raise SealError("The bundle has no manifest.")
    return document


def open_bundle(data: bytes, head_office: HeadOfficeKeys,
                store_key: Callable[[dict[str, Any]], VerifyKey | bytes | None],
                ) -> dict[str, Any]:
    """The verified document. `store_key(manifest)` gives the registered key of the store
    the manifest names, as a key or its 32 bytes (None: unknown or revoked). Raises
    SealError."""
    if not data.startswith(MAGIC):
        raise SealError("That file is not a store bundle.")
    try:
        signed = SealedBox(head_office.private_key).decrypt(data[len(MAGIC):])
    except CryptoError:
        raise SealError("The bundle cannot be opened with this head office's key: it was "
                        "sealed to another key, or it has been changed.") from None
    if len(signed) <= SIGNATURE_BYTES:
        raise SealError("The bundle is empty.")
    unverified = _unpack(signed[SIGNATURE_BYTES:])
    key = store_key(unverified["manifest"])
    if isinstance(key, bytes):
        key = VerifyKey(key)
    if key is None:
        raise SealError("The bundle is signed by a till whose key is not registered here "
                        "(or was revoked).")
    try:
        key.verify(signed)
    except BadSignatureError:
        raise SealError("The bundle's signature does not match the store's registered key: "
                        "it was changed, or made by another till.") from None
    return unverified


def sign_ack(document: dict[str, Any], head_office: HeadOfficeKeys) -> bytes:
    return ACK_MAGIC + head_office.signing_key.sign(_json(document))


def read_ack(data: bytes, head_office: HeadOfficePublicKey) -> dict[str, Any]:
    """The acknowledgement's document, if head office signed it. Raises SealError."""
    if not data.startswith(ACK_MAGIC) or len(data) > 64 * 1024:
        raise SealError("That file is not an acknowledgement from head office.")
    signed = data[len(ACK_MAGIC):]
    try:
        message = head_office.verify_key.verify(signed)
    except (BadSignatureError, ValueError):
        raise SealError("The acknowledgement is not signed by the head office whose key is "
                        "installed here.") from None
    try:
        document = json.loads(message.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SealError("The acknowledgement's contents are damaged.") from None
    if not isinstance(document, dict):
        raise SealError("The acknowledgement's contents are damaged.")
    return document
