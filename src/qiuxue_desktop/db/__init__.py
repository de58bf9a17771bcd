"""Database: engine with careful pragmas, sessions, migrations inside the package, backup."""
