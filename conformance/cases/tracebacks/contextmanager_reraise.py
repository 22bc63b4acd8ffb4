# An exception leaving the body of a @contextmanager with statement keeps
# the traceback it had before contextlib threw it into the generator: no
# frames of __exit__ or of the generator, as in CPython.
from contextlib import contextmanager

@contextmanager
def section(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("leave", name)

with section("setup") as title:
    print("in", title)
with section("work"):
    {}["missing"]
