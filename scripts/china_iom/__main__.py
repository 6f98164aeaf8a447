"""Allow ``python -m china_iom``."""

from china_iom.cli import main

raise SystemExit(main())
