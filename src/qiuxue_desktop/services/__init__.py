"""Use cases: functions of a Session that never commit; the caller owns the unit of work."""
