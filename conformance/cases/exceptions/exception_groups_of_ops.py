# Collecting errors across many operations and summarising them.
operations = [("10", "2"), ("7", "0"), ("x", "1"), ("9", "3"), ("1e2", "4"), ("8", "-2"), (None, "1")]
results = {}
errors = {}
for a, b in operations:
    try:
        results[(a, b)] = int(a) // int(b)
    except ZeroDivisionError as e:
        errors.setdefault("ZeroDivisionError", []).append(str(e))
    except ValueError as e:
        errors.setdefault("ValueError", []).append(str(e))
    except TypeError as e:
        errors.setdefault("TypeError", []).append(str(e))
print(results)
for name in sorted(errors):
    print(name, errors[name])
