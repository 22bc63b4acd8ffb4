# Handler selection: tuples, base classes, first match wins.
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return len(3)
    if kind == "value":
        return int("v")
    return "fine"


for kind in ("key", "index", "zero", "type", "value", "none"):
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup family:", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "-> arithmetic:", type(e).__name__, e)
    except Exception as e:
        print(kind, "-> other:", type(e).__name__, e)
try:
    [][1]
except LookupError:
    print("LookupError caught IndexError")
except IndexError:
    print("never reached")
handlers = (ValueError, TypeError)
try:
    int(None)
except handlers as e:
    print("dynamic tuple caught", type(e).__name__)
try:
    try:
        1 / 0
    except KeyError:
        print("wrong handler")
except ZeroDivisionError:
    print("propagated to outer handler")
