# PrettyPrinter objects, streams and errors.
import pprint

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

s = Sink()
pp = pprint.PrettyPrinter(indent=2, width=30, stream=s)
pp.pprint({"alpha": list(range(12)), "beta": "b"})
print(repr("".join(s.parts)))
pprint.pprint([1, 2, 3], stream=s)
print(repr(s.parts[-1]))
print(pprint.PrettyPrinter(width=20).pformat(list(range(10))))
print(pprint.PrettyPrinter(4, 30, 2).pformat([[1, [2]], {"a": {"b": 1}}]))
pprint.PrettyPrinter(compact=True, width=20).pprint(list(range(20)))
print(pprint.PrettyPrinter(indent="3", width="25").pformat(list(range(10))))

def attempt(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

attempt(lambda: pprint.PrettyPrinter(indent=-1))
attempt(lambda: pprint.PrettyPrinter(depth=0))
attempt(lambda: pprint.PrettyPrinter(depth=-2))
attempt(lambda: pprint.PrettyPrinter(width=0))
attempt(lambda: pprint.PrettyPrinter(width="x"))
attempt(lambda: pprint.pformat([1], foo=1))
attempt(lambda: pprint.pformat(list(range(30)), width=-5))
attempt(lambda: pprint.pformat({1: "a", "b": 2, None: 3}))
attempt(lambda: pprint.pformat({3, "a", 1.5}))
