print(getattr(1, "denominator"), getattr(1, "nope", "d"), hasattr([], "sort"))
getattr(1, "nope")
