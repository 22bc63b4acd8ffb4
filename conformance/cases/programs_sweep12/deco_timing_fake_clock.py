import functools


class Clock:
    now = 0.0

    @classmethod
    def tick(cls, dt):
        cls.now += dt


def timed(label=None):
    def deco(fn):
        name = label or fn.__qualname__

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            start = Clock.now
            try:
                return fn(*args, **kwargs)
            finally:
                wrapper.calls.append(round(Clock.now - start, 3))
                print(f"[{name}] took {Clock.now - start:.3f}s")
        wrapper.calls = []
        return wrapper
    if callable(label):
        fn, label = label, None
        return deco(fn)
    return deco


@timed
def fetch(n):
    Clock.tick(0.25 * n)
    return list(range(n))


@timed("parse-step")
def parse(items):
    Clock.tick(0.01 * len(items))
    if not items:
        raise ValueError("nothing to parse")
    return sum(items)


class Service:
    @timed
    def run(self, n):
        return parse(fetch(n))


print(Service().run(4))
print(parse(fetch(2)))
try:
    parse(fetch(0))
except ValueError as e:
    print("ValueError:", e)
print(fetch.calls, parse.calls, Service.run.calls, fetch.__name__, Service.run.__qualname__)
