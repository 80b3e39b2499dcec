"""The partner directory window: the table of partners with search and filters, the partner
dialog, import and export of partner lists, and the directory file chosen in Preferences."""
