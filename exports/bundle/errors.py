"""The one error a bundle or key file can raise: a code for programs, a Message for people."""

from __future__ import annotations

from forms.catalogue import KoersError, Message

# Every way a bundle can be refused has its own code, and its sentence in the catalogue
# (exchange.po: exchange.bundle.<code>, '_' written as '-').
MESSAGES: tuple[str, ...] = (
    "wrong_recipient", "damaged", "too_large", "not_a_bundle", "truncated", "unknown_version", "untrusted_key",
    "bad_signature", "malformed", "absurd_size", "invalid_record", "key_file", "introduction",
)


class BundleError(KoersError):
    """A bundle (or public key file) that cannot be accepted. Nothing was changed.

    `code` is one of MESSAGES; `render(lang)` is the sentence to show. A `detail` may be a
    Message (said in the reader's language) or technical English text.
    """

    def __init__(self, code: str, **context: object):
        self.code = code
        self.context = {k: v if isinstance(v, Message | list) else str(v) for k, v in context.items()}
        super().__init__(Message(f"exchange.bundle.{code.replace('_', '-')}", **self.context))
