# The memory limit inside a `with` whose __exit__ suppresses: it still ends
# the run.
# limit: memory
class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("suppressed")
        return True

while True:
    with Suppress():
        x = [0] * 10**9
