import inspect

for obj in (1, "text", None, [1, 2]):
    try:
        inspect.signature(obj)
    except TypeError as e:
        print("TypeError", e)

class NoCall:
    pass

try:
    inspect.signature(NoCall())
except TypeError as e:
    print("TypeError", type(e).__name__, str(e).split(" object at ")[0])

for b in (int, dict, min):
    try:
        inspect.signature(b)
    except ValueError as e:
        print("ValueError", e)
