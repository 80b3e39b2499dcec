"""The critical-gaps panel: the dock, its table model and its texts."""
