# Notes added on the way up are printed under the error line.
def step(name, value):
    if value < 0:
        raise ValueError(f"{name} went negative: {value}")
    return value - 3


def simulate(start):
    value = start
    for i in range(5):
        try:
            value = step(f"step{i}", value)
        except ValueError as e:
            e.add_note(f"simulation started at {start}")
            e.add_note(f"failed on iteration {i}")
            raise
    return value


print(simulate(20))
simulate(4)
