# A generator that resumes itself while running (next/send/throw/close from
# its own body, through a callback, through a nested generator expression
# that iterates it, and yield from itself), and one closed or thrown into
# from its own finally. CPython raises ValueError('generator already
# executing') or RuntimeError; nothing may recurse natively or crash.
def attempt(label, action):
    try:
        print(label, action())
    except (ValueError, RuntimeError, StopIteration, TypeError) as e:
        print(label, type(e).__name__, e)


def self_next():
    yield next(g)


def self_send():
    yield g.send(None)


def self_throw():
    yield g.throw(ValueError('inner'))


def self_close():
    g.close()
    yield 1


def via_callback():
    yield sorted([3, 1], key=lambda x: next(g))


def yield_from_self():
    yield from g


def list_of_self():
    yield list(x for x in g)


def close_in_finally():
    try:
        yield 1
    finally:
        g.close()


def throw_in_finally():
    try:
        yield 1
    finally:
        yield g.throw(KeyError('k'))


for maker in (self_next, self_send, self_throw, self_close, via_callback, yield_from_self,
              list_of_self):
    g = maker()
    attempt(maker.__name__, lambda: next(g))
for maker in (close_in_finally, throw_in_finally):
    g = maker()
    next(g)
    attempt(maker.__name__, g.close)
    attempt(maker.__name__ + ' again', lambda: next(g))
# expect-output: self_next ValueError generator already executing
# expect-output: self_send ValueError generator already executing
# expect-output: self_throw ValueError generator already executing
# expect-output: self_close ValueError generator already executing
# expect-output: via_callback ValueError generator already executing
# expect-output: yield_from_self ValueError generator already executing
# expect-output: list_of_self ValueError generator already executing
# expect-output: close_in_finally ValueError generator already executing
# expect-output: close_in_finally again StopIteration 
# expect-output: throw_in_finally ValueError generator already executing
# expect-output: throw_in_finally again StopIteration 
