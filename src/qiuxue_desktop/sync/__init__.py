"""Exchange with the provincial platform (qxym-exchange/1)."""
