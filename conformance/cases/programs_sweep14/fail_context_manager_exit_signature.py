# A context manager whose __exit__ takes the wrong number of arguments.
class Timer:
    def __enter__(self):
        self.ticks = 0
        return self

    def __exit__(self):
        print("ticks:", self.ticks)


class Good:
    def __enter__(self):
        return "good"

    def __exit__(self, *exc):
        print("good exit")


with Good() as g:
    print(g)
with Timer() as t:
    t.ticks += 5
