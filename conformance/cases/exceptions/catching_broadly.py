# except Exception catches everything ordinary; handlers see the exact type.
def trouble(n):
    return [lambda: 1 / 0, lambda: [][1], lambda: {}["x"], lambda: int("?"), lambda: None.x,
            lambda: 1 + "1", lambda: undefined_q, lambda: iter(5), lambda: "ok"][n]()


for n in range(9):
    try:
        print(n, "result", trouble(n))
    except Exception as e:
        print(n, type(e).__name__, "|", e, "|", isinstance(e, (LookupError, ArithmeticError)))
