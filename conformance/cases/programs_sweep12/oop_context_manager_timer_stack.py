class FakeClock:
    def __init__(self):
        self.t = 0.0

    def advance(self, s):
        self.t += s


CLOCK = FakeClock()


class Span:
    stack = []
    finished = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.start = CLOCK.t
        self.depth = len(Span.stack)
        Span.stack.append(self)
        return self

    def __exit__(self, exc_type, exc, tb):
        Span.stack.pop()
        self.duration = CLOCK.t - self.start
        self.error = exc_type.__name__ if exc_type else None
        Span.finished.append(self)
        return exc_type is ValueError


with Span("request"):
    CLOCK.advance(0.010)
    with Span("auth"):
        CLOCK.advance(0.002)
    with Span("db"):
        CLOCK.advance(0.030)
        with Span("query") as q:
            CLOCK.advance(0.025)
            raise ValueError("bad row")
    with Span("render"):
        CLOCK.advance(0.005)
for s in sorted(Span.finished, key=lambda s: (s.start, s.depth)):
    print(f"{'  ' * s.depth}{s.name:<10} start={s.start * 1000:6.1f}ms dur={s.duration * 1000:6.1f}ms"
          + (f" error={s.error}" if s.error else ""))
print(len(Span.stack), q.name)
