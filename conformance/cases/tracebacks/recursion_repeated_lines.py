# Unbounded recursion through two functions: the traceback shows each
# distinct line three times, then "[Previous line repeated N more times]"
# for the rest, and RecursionError's message.
def ping(n):
    return pong(n + 1)


def pong(n):
    if n % 2:
        return ping(n + 1)
    return ping(n)


def walk(depth):
    return walk(depth + 1)


try:
    walk(0)
except RecursionError as e:
    print("RecursionError:", e)
print("start")
ping(0)
