"""The 经费台账 area's tabs: funding schemes, the staff-education fund ledger, scheme budgets
and clawbacks (views/funds_view.py puts them together)."""
