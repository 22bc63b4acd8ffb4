import contextlib


class ValidationError(Exception):
    pass


def parse_age(text):
    try:
        age = int(text)
    except ValueError:
        raise ValidationError(f"not a number: {text!r}") from None
    else:
        if age < 0:
            raise ValidationError(f"negative age: {age}")
        return age
    finally:
        print(f"  parsed {text!r}")


for raw in ["42", "abc", "-3"]:
    try:
        print("age", parse_age(raw))
    except ValidationError as e:
        print("invalid:", e, "| cause suppressed:", e.__suppress_context__)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as g:
    print("values:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("types:", [str(x) for x in g.exceptions])
e = ValueError("with note")
e.add_note("hint: check the input")
print(e.__notes__, str(e))
