"""The local->cloud cascade: router, privacy policies, cost budgets."""
