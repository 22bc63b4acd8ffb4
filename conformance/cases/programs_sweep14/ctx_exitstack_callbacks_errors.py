# ExitStack callbacks run in reverse; an exception raised by one callback
# becomes the context of the next; enter_context of a non-CM fails.
import contextlib

events = []


def cb(name, fail=False):
    events.append(name)
    if fail:
        raise ValueError(f"callback {name} failed")


try:
    with contextlib.ExitStack() as stack:
        stack.callback(cb, "first")
        stack.callback(cb, "second", fail=True)
        stack.callback(cb, "third")
        events.append("body")
except ValueError as e:
    print("ValueError:", e, "| context:", e.__context__)
print(events)
events.clear()
try:
    with contextlib.ExitStack() as stack:
        stack.callback(cb, "one", fail=True)
        stack.callback(cb, "two", fail=True)
except ValueError as e:
    print("ValueError:", e, "| context:", e.__context__, "| chain:", repr(getattr(e.__context__, "__context__", "none")))
print(events)
with contextlib.ExitStack() as stack:
    try:
        stack.enter_context(object())
    except TypeError as e:
        print("TypeError:", e)


@(lambda f: f)
def unused():
    pass


with contextlib.ExitStack() as stack:
    @stack.callback
    def goodbye():
        print("decorated callback ran")
    print("callback is", goodbye.__name__)
