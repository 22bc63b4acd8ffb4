def validate(x):
    match x:
        case {"type": "a", "v": v}:
            return v / 0
        case _:
            raise ValueError(f"bad {x!r}")
try:
    validate({"type": "a", "v": 1})
except ZeroDivisionError as e:
    raise TypeError("converted") from e
