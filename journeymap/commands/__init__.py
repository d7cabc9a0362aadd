"""The headless verbs of the ``journeymap`` command, one module each.

Each module has ``run(args) -> int`` taking the parsed arguments from
:func:`journeymap.cli.build_parser`; messages go to stderr, results to stdout.
"""
