"""Tips and Shortcuts memory, runs and steps, in SQLite."""
