"""The one error a bundle or key file can raise: a code for programs, a sentence for people."""

from __future__ import annotations

# code -> (nl, en). Every way a bundle can be refused has its own sentence.
MESSAGES: dict[str, tuple[str, str]] = {
    "wrong_recipient": (
        "dit bestand is niet voor deze kluis versleuteld",
        "this file was not encrypted for this vault"),
    "damaged": (
        "het bestand is beschadigd, ingekort of gewijzigd (de versleuteling klopt niet)",
        "the file is damaged, truncated or altered (the encryption does not check out)"),
    "too_large": (
        "het bestand is groter dan een Koers-bundel mag zijn",
        "the file is larger than a Koers bundle may be"),
    "not_a_bundle": (
        "de inhoud is geen Koers-bundel",
        "the content is not a Koers bundle"),
    "truncated": (
        "de bundel is onvolledig",
        "the bundle is incomplete"),
    "unknown_version": (
        "deze bundel heeft formaatversie {version}; deze Koers kent alleen versie {known}",
        "this bundle has format version {version}; this Koers only knows version {known}"),
    "untrusted_key": (
        "de bundel is ondertekend met een sleutel die deze kluis niet vertrouwt (vingerafdruk {fingerprint})",
        "the bundle is signed with a key this vault does not trust (fingerprint {fingerprint})"),
    "bad_signature": (
        "de handtekening van de bundel klopt niet: de inhoud is gewijzigd of komt niet van de afzender",
        "the bundle's signature does not verify: the content was altered or is not from the sender"),
    "malformed": (
        "de bundel is onleesbaar: {detail}",
        "the bundle cannot be read: {detail}"),
    "absurd_size": (
        "de bundel bevat een onredelijk grote waarde: {detail}",
        "the bundle holds an unreasonably large value: {detail}"),
    "invalid_record": (
        "gegeven {position} ({kind}) is ongeldig: {detail}",
        "record {position} ({kind}) is invalid: {detail}"),
    "key_file": (
        "geen geldig Koers-sleutelbestand: {detail}",
        "not a valid Koers key file: {detail}"),
    "introduction": (
        "geen geldige sleutelintroductie: {detail}",
        "not a valid key introduction: {detail}"),
}


class BundleError(Exception):
    """A bundle (or public key file) that cannot be accepted. Nothing was changed.

    `code` is one of MESSAGES; `message(lang)` is the sentence to show.
    """

    def __init__(self, code: str, **context: object):
        self.code = code
        self.context = {k: str(v) for k, v in context.items()}
        super().__init__(self.message("en"))

    def message(self, lang: str = "nl") -> str:
        nl, en = MESSAGES[self.code]
        context = dict(self.context)
        if lang != "en" and "detail_nl" in context:
            context["detail"] = context["detail_nl"]
        return (en if lang == "en" else nl).format_map(_Blank(context))


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "?"
