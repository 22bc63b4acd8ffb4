def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def fail_many():
    raise ExceptionGroup("several", [ValueError("v"), KeyError("k"), TypeError("t")])


async def handle():
    seen = []
    try:
        await fail_many()
    except* ValueError as eg:
        seen.append(("value", len(eg.exceptions)))
    except* (KeyError, TypeError) as eg:
        seen.append(("other", sorted(type(e).__name__ for e in eg.exceptions)))
    return seen


async def classify(x):
    match x:
        case {"kind": "point", "xy": (a, b)}:
            return f"point {a},{b}"
        case [first, *rest] if await is_long(rest):
            return f"long list starting {first}"
        case str() as s:
            return f"text {s!r}"
        case _:
            return "other"


async def is_long(items):
    return len(items) > 2


async def main():
    out = [await classify(v) for v in ({"kind": "point", "xy": (1, 2)}, [1, 2, 3, 4], [1],
                                        "hi", 3.5)]
    return await handle(), out


print(run(main()))
