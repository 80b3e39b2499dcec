"""Dialogs of the application: the action form (``action_form``) and its editors
(``plan_widgets``: optional date, euros, enum and country combos; ``partners_editor``)."""
