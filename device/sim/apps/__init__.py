"""Apps of the simulated phone (guide below is filled in at the milestone)."""
