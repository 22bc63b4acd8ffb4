def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} rest={rest}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty mapping"
        case _:
            return "not an event"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": 1, "x": 2},
          {"type": "key", "key": 5}, {"type": "scroll"}, {}, {"other": 1}, [1], "s"]:
    print(handle(e))


class D(dict):
    pass


match D(a=1):
    case {"a": v}:
        print("dict subclass", v)
