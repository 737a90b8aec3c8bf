"""AndroidWorld-style tasks for the simulated phone.

>>> from cascadroid.device.sim import SimDevice
>>> from cascadroid.device.sim.tasks import registry
>>> task = registry().instance("text_best_place_address", seed=3)
>>> phone = SimDevice(seed=3); task.setup_on(phone)
>>> task.goal                         # 'Text Ines Berg the address of the best-rated Sushi restaurant.'
>>> run_script(phone, task.reference(phone)); task.check(phone, phone.answer)   # True
>>> task.check_detail(phone, phone.answer).side_effects   # () : nothing outside task.template.may_change changed
"""

from .base import DIFFICULTIES, CheckResult, QuestionTask, TaskInstance, TaskTemplate, answer_matches, normalize
from .plan import Plan, twin
from .registry import TaskRegistry, registry

__all__ = ["DIFFICULTIES", "CheckResult", "Plan", "QuestionTask", "TaskInstance", "TaskRegistry", "TaskTemplate",
           "answer_matches", "normalize", "registry", "twin"]
