"""``python -m cleantext``: the command-line filter."""
from .cli import main

raise SystemExit(main())
