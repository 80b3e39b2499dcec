"""The action plan: its table model, filters, delegate, labels, dock and action form."""
