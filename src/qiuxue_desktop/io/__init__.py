"""Files in and out: Excel rosters and reports, PDFs."""
