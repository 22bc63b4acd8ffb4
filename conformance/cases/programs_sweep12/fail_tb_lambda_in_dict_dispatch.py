HANDLERS = {
    "add": lambda a, b: a + b,
    "div": lambda a, b: a / b,
    "pow": lambda a, b: a ** b,
    "neg": lambda a: -a,
}


def dispatch(op, *args):
    return HANDLERS[op](*args)


for op, args in [("add", (2, 3)), ("pow", (2, 10)), ("neg", (5,)), ("div", (1, 4))]:
    print(op, args, dispatch(op, *args))
print(dispatch("div", 1, 0))
