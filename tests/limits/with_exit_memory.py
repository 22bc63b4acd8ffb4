# The memory limit inside a `with` whose __exit__ suppresses: it still ends
# the run (each list fits the budget alone; the second exhausts it).
# limit: memory
class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if exc[0] is not None:
            print("suppressed")
        return True

while True:
    with Suppress():
        x = [0] * (3 * 10**7)
