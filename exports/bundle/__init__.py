"""The export bundle: dossier records signed with the worker's Ed25519 key and encrypted with
age to the supervisor (and optionally the worker herself). Pure: bytes in, bytes out.

    data = pack(records, signing_key_pem, [supervisor.age], exporter=me, recipient=supervisor)
    bundle = open_bundle(data, my_age_identity, trusted_keys)   # or BundleError

The inner format is documented in docs/bundle-format.md.
"""

from exports.bundle.container import (
    MAGIC, Attachment, Bundle, build_payload, decrypt, open_bundle, pack, sign_payload,
    verify_payload,
)
from exports.bundle.errors import MESSAGES, BundleError
from exports.bundle.introduction import make_introduction, read_introduction
from exports.bundle.keys import ROLES, PublicKey, public_signing_key
from exports.bundle.manifest import FORMAT_VERSION, MAX_FILE, Manifest

__all__ = [
    "FORMAT_VERSION", "MAGIC", "MAX_FILE", "MESSAGES", "ROLES", "Attachment", "Bundle", "BundleError",
    "Manifest", "PublicKey", "build_payload", "decrypt", "make_introduction", "open_bundle", "pack",
    "public_signing_key", "read_introduction", "sign_payload", "verify_payload",
]
