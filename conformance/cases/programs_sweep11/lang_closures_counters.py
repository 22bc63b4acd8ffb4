def make_accumulators():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total

    def undo():
        nonlocal total
        if not history:
            raise IndexError("nothing to undo")
        total -= history.pop()
        return total

    def state():
        return total, tuple(history)

    return add, undo, state


add, undo, state = make_accumulators()
for v in (5, 10, -3):
    print(add(v))
print(undo(), state())
add2, _, state2 = make_accumulators()
add2(100)
print(state(), state2())
while True:
    try:
        undo()
    except IndexError as e:
        print("IndexError", e, state())
        break
adders = [(lambda n: (lambda x: x + n))(n) for n in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in late])
print(add.__name__, add.__qualname__, make_accumulators.__qualname__)
