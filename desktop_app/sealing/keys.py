"""The till's signing key, head office's key pair, and the public-key files they exchange.

A public-key file is a small JSON document ("till-complaint-logger/store-key" or
".../head-office-key") with base64 keys; its fingerprint is the first 16 bytes of the
SHA-256 of the key bytes, in groups of four hex digits, for people to compare by phone.
Private keys are written readable by this user only (private_files).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from desktop_app.private_files import write_private

STORE_KEY_KIND = "till-complaint-logger/store-key"
HEAD_OFFICE_KEY_KIND = "till-complaint-logger/head-office-key"
HEAD_OFFICE_PRIVATE_KIND = "till-complaint-logger/head-office-private-key"
STORE_PRIVATE_KIND = "till-complaint-logger/store-private-key"
MAX_KEY_FILE = 16 * 1024


class KeyFileError(ValueError):
    """A key file that is not one: the message says what is wrong, for a person."""


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _raw(text: object, what: str, size: int = 32) -> bytes:
    try:
        raw = base64.b64decode(str(text), validate=True)
    except (ValueError, TypeError):
        raise KeyFileError(f"The {what} in the file is not base64 text.") from None
    if len(raw) != size:
        raise KeyFileError(f"The {what} in the file is not a {size}-byte key.")
    return raw


def fingerprint(*keys: bytes) -> str:
    digest = hashlib.sha256(b"".join(keys)).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def _document(data: bytes, kind: str, what: str) -> dict:
    if len(data) > MAX_KEY_FILE:
        raise KeyFileError(f"That file is too large to be {what}.")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise KeyFileError(f"That file is not {what}: it is not a key file at all.") from None
    if not isinstance(document, dict) or document.get("kind") != kind:
        found = document.get("kind") if isinstance(document, dict) else None
        raise KeyFileError(f"That file is not {what}"
                           + (f" (it is a {found!s} file)." if found else "."))
    return document


def _dump(document: dict) -> bytes:
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


# ---- the till ------------------------------------------------------------------------------
@dataclass(frozen=True)
class StorePublicKey:
    store_code: str
    verify_key: VerifyKey

    @property
    def fingerprint(self) -> str:
        return fingerprint(bytes(self.verify_key))

    def to_file(self) -> bytes:
        return _dump({"kind": STORE_KEY_KIND, "store_code": self.store_code,
                      "signing": _b64(bytes(self.verify_key)),
                      "fingerprint": self.fingerprint})

    @classmethod
    def from_file(cls, data: bytes) -> StorePublicKey:
        document = _document(data, STORE_KEY_KIND, "a till's public key")
        code = document.get("store_code")
        if not isinstance(code, str) or not code:
            raise KeyFileError("The till's key file does not say which store it is for.")
        return cls(code, VerifyKey(_raw(document.get("signing"), "signing key")))


@dataclass(frozen=True)
class StoreKeys:
    """The till's own signing key pair."""

    signing_key: SigningKey

    @property
    def public(self) -> VerifyKey:
        return self.signing_key.verify_key

    @property
    def fingerprint(self) -> str:
        return fingerprint(bytes(self.public))

    def public_file(self, store_code: str) -> bytes:
        return StorePublicKey(store_code, self.public).to_file()

    @classmethod
    def load_or_create(cls, path: Path) -> StoreKeys:
        """The key kept at `path`, made (readable by this user only) if there is none."""
        if path.exists():
            document = _document(path.read_bytes(), STORE_PRIVATE_KIND, "the till's key")
            return cls(SigningKey(_raw(document.get("signing"), "signing key")))
        keys = cls(SigningKey.generate())
        write_private(path, _dump({"kind": STORE_PRIVATE_KIND,
                                   "signing": _b64(bytes(keys.signing_key))}))
        return keys


# ---- head office ---------------------------------------------------------------------------
@dataclass(frozen=True)
class HeadOfficePublicKey:
    encryption: PublicKey
    verify_key: VerifyKey

    @property
    def fingerprint(self) -> str:
        return fingerprint(bytes(self.encryption), bytes(self.verify_key))

    def to_file(self) -> bytes:
        return _dump({"kind": HEAD_OFFICE_KEY_KIND, "encryption": _b64(bytes(self.encryption)),
                      "signing": _b64(bytes(self.verify_key)), "fingerprint": self.fingerprint})

    @classmethod
    def from_file(cls, data: bytes) -> HeadOfficePublicKey:
        document = _document(data, HEAD_OFFICE_KEY_KIND, "head office's public key")
        try:
            return cls(PublicKey(_raw(document.get("encryption"), "encryption key")),
                       VerifyKey(_raw(document.get("signing"), "signing key")))
        except CryptoError:
            raise KeyFileError("The keys in that file are not valid keys.") from None


@dataclass(frozen=True)
class HeadOfficeKeys:
    """Head office's private keys: one opens bundles, one signs acknowledgements."""

    private_key: PrivateKey
    signing_key: SigningKey

    @classmethod
    def generate(cls) -> HeadOfficeKeys:
        return cls(PrivateKey.generate(), SigningKey.generate())

    @property
    def public(self) -> HeadOfficePublicKey:
        return HeadOfficePublicKey(self.private_key.public_key, self.signing_key.verify_key)

    def to_file(self) -> bytes:
        return _dump({"kind": HEAD_OFFICE_PRIVATE_KIND,
                      "encryption": _b64(bytes(self.private_key)),
                      "signing": _b64(bytes(self.signing_key))})

    @classmethod
    def from_file(cls, data: bytes) -> HeadOfficeKeys:
        document = _document(data, HEAD_OFFICE_PRIVATE_KIND, "head office's private key")
        return cls(PrivateKey(_raw(document.get("encryption"), "encryption key")),
                   SigningKey(_raw(document.get("signing"), "signing key")))
