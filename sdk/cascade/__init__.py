"""The local->cloud cascade: router, privacy policies, cost budgets.

::

    cascade = CascadeModel.create(local_model, cloud_model, settings.cascade, contacts=["Ada Lovelace"])
    response = cascade.complete(ModelRequest.of("...", purpose="operator", app="com.android.mms"))
    response.tier, response.decision.reason

Policies live in ``Settings.cascade`` (or a file: :func:`load_policy`); see the module
docstrings of :mod:`.router`, :mod:`.policy`, :mod:`.masking` and :mod:`.ledger`.
"""

from ..settings import BudgetSettings, CascadeSettings, PrivacySettings, RoutingSettings
from .ledger import Reservation, Shortfall, SpendLedger
from .masking import MaskMapping, mask, unmask, unmask_obj
from .model import CascadeModel, CascadeResponse
from .policy import PrivacyPolicy, load_policy, policy_from_dict
from .privacy import DATA_KINDS, PiiDetector, Span
from .router import Decision, FoundSpan, Router
from .screenshot import private_boxes, redact_screenshot
from .taint import Taint, TaintHit, TaintSet

__all__ = [
    "DATA_KINDS",
    "BudgetSettings",
    "CascadeModel",
    "CascadeResponse",
    "CascadeSettings",
    "Decision",
    "FoundSpan",
    "MaskMapping",
    "PiiDetector",
    "PrivacyPolicy",
    "PrivacySettings",
    "Reservation",
    "Router",
    "RoutingSettings",
    "Shortfall",
    "Span",
    "SpendLedger",
    "Taint",
    "TaintHit",
    "TaintSet",
    "load_policy",
    "mask",
    "policy_from_dict",
    "private_boxes",
    "redact_screenshot",
    "unmask",
    "unmask_obj",
]
