"""Black-box tool planning: @tool, program synthesis, static filter, dry run, executor."""
