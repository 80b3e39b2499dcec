"""Exports of the map and the plan: the export menu actions, the map renderer and its scene."""
