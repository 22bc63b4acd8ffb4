events = []


class CM:
    def __init__(self, name, enter_error=None, exit_result=False):
        self.name, self.enter_error, self.exit_result = name, enter_error, exit_result

    def __enter__(self):
        events.append(f"enter {self.name}")
        if self.enter_error:
            raise self.enter_error
        return self.name

    def __exit__(self, et, ev, tb):
        events.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.exit_result


def run(label, *cms, body=None):
    events.clear()
    try:
        with cms[0] as a, cms[1] as b, cms[2] as c:
            events.append(f"body {a}{b}{c}")
            if body:
                raise body
        events.append("after with")
    except Exception as e:
        events.append(f"caught {type(e).__name__}")
    print(label, "|", "; ".join(events))


run("plain", CM("a"), CM("b"), CM("c"))
run("enter fails", CM("a"), CM("b", KeyError("k")), CM("c"))
run("body fails", CM("a"), CM("b"), CM("c"), body=ValueError("v"))
run("middle swallows", CM("a"), CM("b", exit_result=True), CM("c"), body=ValueError("v"))
run("inner swallows", CM("a"), CM("b"), CM("c", exit_result=1), body=IndexError())
