"""`python -m qiuxue_desktop` opens the window."""

from qiuxue_desktop.app import main

raise SystemExit(main())
