def step(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        e.add_note(f"while processing step {n}")
        e.add_note("hint: steps must be non-zero")
        raise

for n in [5, 2, 0]:
    print(step(n))
