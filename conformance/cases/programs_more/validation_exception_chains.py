class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")

def validate(rec):
    if "age" not in rec:
        raise ValidationError("age", "missing")
    try:
        age = int(rec["age"])
    except (TypeError, ValueError) as exc:
        raise ValidationError("age", f"not a number ({exc})") from exc
    if age < 0:
        raise ValidationError("age", "negative")
    return age

def load_all(records):
    ages = []
    errors = []
    for i, r in enumerate(records):
        try:
            ages.append(validate(r))
        except ValidationError as e:
            errors.append((i, e.field, e.problem, type(e.__cause__).__name__ if e.__cause__ else None))
    return ages, errors

print(load_all([{"age": "5"}, {}, {"age": "x"}, {"age": None}, {"age": -3}, {"age": 7.9}]))

def cleanup_fails():
    try:
        raise ValueError("original")
    finally:
        print("in finally")

try:
    cleanup_fails()
except ValueError as e:
    print("got", e)

def nested_handlers():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("lookup")
    except KeyError as e:
        ctx = e.__context__
        print(type(ctx).__name__, ctx, e.__suppress_context__)
        raise ValueError("final") from None

try:
    nested_handlers()
except ValueError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def main():
    records = [{"age": "12"}, {"age": "abc"}]
    for r in records:
        validate(r)

main()
