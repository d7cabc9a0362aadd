"""CX maturity in the editor: the assessment dialog and the room's slides."""
