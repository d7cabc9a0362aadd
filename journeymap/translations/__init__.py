"""Translations of the editor: Qt Linguist sources (.ts) and compiled catalogues (.qm)."""
