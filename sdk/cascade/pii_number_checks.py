"""Number forms with a check of their own that python-stdnum lacks, each read after a label: the CLABE of MX (18
digits, weights 3-7-1), the NRB of PL (26 digits: the IBAN without "PL", whose first two digits are its check), the
RIB of FR (bank, branch, account, then a key: mod 97), and an identity number of eight digits or more ending in a
Luhn digit ("Emirates ID 784-1985-1234567-1"). Each has stdnum's ``is_valid`` and ``compact`` so ``pii_stdnum`` asks
them as it asks its modules."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

from stdnum import iban, luhn

from .pii_labels import clabe_ok

_SEPARATORS = re.compile(r"[ .\-/]")
_RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


@dataclass(frozen=True)
class NumberCheck:
    """A number of ``sizes`` characters (separators dropped) that ``passes`` its check."""

    sizes: range
    passes: Callable[[str], bool]

    @staticmethod
    def compact(value: str) -> str:
        return _SEPARATORS.sub("", value).upper()

    def is_valid(self, value: str) -> bool:
        number = self.compact(value)
        return len(number) in self.sizes and self.passes(number)


def _rib_passes(number: str) -> bool:
    digits = number.translate(_RIB_LETTERS)
    if not digits.isdigit() or len(set(digits)) == 1:
        return False
    bank, branch, account, key = int(digits[:5]), int(digits[5:10]), int(digits[10:21]), int(digits[21:])
    return 97 - (89 * bank + 15 * branch + 3 * account) % 97 == key


CHECKS = {
    "mx.clabe": NumberCheck(range(18, 19), lambda number: number.isdigit() and clabe_ok(number)),
    "pl.nrb": NumberCheck(range(26, 27), lambda number: number.isdigit() and iban.is_valid("PL" + number)),
    "fr.rib": NumberCheck(range(23, 24), _rib_passes),
}
LUHN_ID = NumberCheck(range(8, sys.maxsize), lambda number: number.isdigit() and luhn.is_valid(number))

__all__ = ["CHECKS", "LUHN_ID", "NumberCheck"]
