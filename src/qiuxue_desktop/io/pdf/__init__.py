"""Documents on paper, made with reportlab: fonts (every one embedded, rare characters from a
fallback, a missing one refused), page furniture, tables, and the documents themselves —
the claim form, the term summary sheet, the posting list."""
