def validate(x):
    if x < 0:
        e = ValueError("negative")
        e.add_note("while validating input")
        e.add_note(f"value was {x}")
        raise e
try:
    validate(-1)
except ValueError as err:
    err.add_note("caught once and re-raised")
    raise
