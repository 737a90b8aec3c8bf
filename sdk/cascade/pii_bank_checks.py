"""National bank account forms with a check of their own that python-stdnum lacks, each read after a bank label:
the CLABE of MX (18 digits, weights 3-7-1), the NRB of PL (26 digits: the IBAN without "PL", whose first two digits
are its check), the RIB of FR (bank, branch, account, then a key: mod 97). Each has stdnum's ``is_valid`` and
``compact`` so ``pii_stdnum`` asks them as it asks its modules."""

from __future__ import annotations

import re

from stdnum import iban

from .pii_labels import clabe_ok

_SEPARATORS = re.compile(r"[ .\-/]")
_RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


class _Check:
    size = 0

    @classmethod
    def compact(cls, value: str) -> str:
        return _SEPARATORS.sub("", value).upper()

    @classmethod
    def is_valid(cls, value: str) -> bool:
        number = cls.compact(value)
        return len(number) == cls.size and cls.passes(number)

    @staticmethod
    def passes(number: str) -> bool:
        raise NotImplementedError


class Clabe(_Check):
    size = 18

    @staticmethod
    def passes(number: str) -> bool:
        return number.isdigit() and clabe_ok(number)


class Nrb(_Check):
    size = 26

    @staticmethod
    def passes(number: str) -> bool:
        return number.isdigit() and iban.is_valid("PL" + number)


class Rib(_Check):
    size = 23

    @staticmethod
    def passes(number: str) -> bool:
        digits = number.translate(_RIB_LETTERS)
        if not digits.isdigit() or len(set(digits)) == 1:
            return False
        bank, branch, account, key = int(digits[:5]), int(digits[5:10]), int(digits[10:21]), int(digits[21:])
        return 97 - (89 * bank + 15 * branch + 3 * account) % 97 == key


CHECKS = {"mx.clabe": Clabe, "pl.nrb": Nrb, "fr.rib": Rib}

__all__ = ["CHECKS"]
