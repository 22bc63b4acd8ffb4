# try/else keeps the protected region small.
def read_config(entries, key):
    try:
        raw = entries[key]
    except KeyError:
        return f"{key}: missing"
    else:
        try:
            return f"{key}: {int(raw) * 2}"
        except ValueError:
            return f"{key}: not a number ({raw!r})"


cfg = {"retries": "3", "timeout": "fast", "port": "8080"}
for k in ("retries", "timeout", "port", "host"):
    print(read_config(cfg, k))
for divisor in (4, 0):
    try:
        q = 100 / divisor
    except ZeroDivisionError:
        print("cannot divide by", divisor)
    else:
        print("quotient", q)
    finally:
        print("attempted", divisor)
