def parse_int(s, default=None):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default


def first_key(d, *keys):
    for k in keys:
        try:
            return d[k]
        except KeyError:
            continue
    raise KeyError(keys)


def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    else:
        return round(result, 3)


print([parse_int(x, 0) for x in ["1", " 2 ", "x", None, "3.0", "-4"]])
conf = {"port": 80, "HOST": "h"}
print(first_key(conf, "host", "HOST"), first_key(conf, "port"))
try:
    first_key(conf, "a", "b")
except KeyError as e:
    print("KeyError", e)
print([safe_div(a, b) for a, b in [(1, 3), (1, 0), (-1, 0), (0, 0)]])
it = iter([1, 2, 3])
collected = []
while True:
    try:
        collected.append(next(it) * 10)
    except StopIteration:
        break
print(collected)
cache = {}


def get(key):
    try:
        return cache[key]
    except KeyError:
        cache[key] = value = len(key) * 2
        return value


print(get("ab"), get("ab"), get("abc"), cache)
