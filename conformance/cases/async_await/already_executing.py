holder = {}


async def selfish():
    try:
        holder["c"].send(None)
    except ValueError as e:
        print("ValueError", e)
    try:
        holder["c"].close()
    except ValueError as e:
        print("ValueError", e)
    print("running:", holder["c"].cr_running)
    return "ok"


c = selfish()
holder["c"] = c
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print("running:", c.cr_running)
