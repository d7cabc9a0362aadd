"""Text for a terminal: a journey's own text never reaches it raw.

A step title can hold any character a JSON string can, including ESC and BEL,
and a terminal runs those: ``"\\x1b]0;owned\\x07"`` in a title would retitle the
window, other sequences move the cursor or hide what follows. Everything the
commands print that may carry a journey's text goes through :func:`safe_text`
(a report, check messages, problems) or :func:`safe_json` (``--json``).
"""

from __future__ import annotations

import re

__all__ = ["safe_json", "safe_text"]

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JSON_CONTROLS = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x1b``);
    tab and line feed stay, as do bidirectional marks' neighbours.

    >>> safe_text("Pay\\x1b]0;owned\\x07 now\\n")
    'Pay\\\\x1b]0;owned\\\\x07 now\\n'
    """
    return _CONTROLS.sub(_escaped, text)


def safe_json(text: str) -> str:
    """JSON text with the control characters JSON leaves raw (DEL, C1, direction
    overrides) written as ``\\uXXXX`` escapes, so it stays the same JSON.

    >>> import json
    >>> safe_json(json.dumps("a\\x9bb", ensure_ascii=False))
    '"a\\\\u009bb"'
    """
    return _JSON_CONTROLS.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
