"""The bundle's program: started as `qiuxue` it is the command line, under any other name
(`qiuxue-desktop`) the window — the same two entry points pip installs (pyproject.toml)."""

import sys
from pathlib import Path

if Path(sys.argv[0]).stem.lower() == "qiuxue":
    from qiuxue_desktop.cli import main
else:
    from qiuxue_desktop.app import main

raise SystemExit(main())
