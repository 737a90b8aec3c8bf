"""A balance asked of a bank or an account is the bank balance, not the wallet's (agents/ui_glossary.py
balance_of_bank). Invented payment apps only."""

from __future__ import annotations

from test_airtime import _tapped

_HI = ("मोबाइल नंबर पर", "बैंक बैलेंस चेक करें", "वॉलेट", "मोबाइल रिचार्ज")
_BN = ("মোবাইল রিচার্জ", "ওয়ালেট", "ব্যাংক ব্যালেন্স", "বিদ্যুৎ বিল")


def test_a_balance_of_the_bank_or_account_is_the_bank_balance_tile():
    assert _tapped("mere account ka balance kitna hai check karo", "बैंक बैलेंस चेक करें", *_HI)
    assert _tapped("check my bank balance", "ব্যাংক ব্যালেন্স", *_BN)


def test_a_wallet_balance_stays_the_wallet():
    assert _tapped("how much balance is in my wallet", "ওয়ালেট", *_BN)
