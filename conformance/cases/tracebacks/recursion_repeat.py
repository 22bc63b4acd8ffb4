def countdown(n):
    if n == 0:
        return {}["end"]
    return countdown(n - 1)
def ping(n):
    return pong(n)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("RecursionError:", e)
countdown(30)
