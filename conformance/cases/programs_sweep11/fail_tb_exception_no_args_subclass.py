class Halt(Exception):
    """Stop processing."""


def step(i):
    if i == 3:
        raise Halt
    return i * 2


print([step(i) for i in range(3)])
print([step(i) for i in range(5)])
