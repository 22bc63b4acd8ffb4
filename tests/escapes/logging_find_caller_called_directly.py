# logging finds a record's caller with the native _caller (plain values,
# never a frame), skipping logging's own frames as CPython's findCaller
# does. A script may call Logger.findCaller itself, from a lambda, a
# function, or with stacklevel and stack_info: the answer must be the
# caller CPython names (the direct caller when it is outside logging),
# never one frame too far up, and the stack text must stop at that frame.
# expect-output: ('logging_find_caller_called_directly.py', 37, '<lambda>', None)
# expect-output: ('logging_find_caller_called_directly.py', 41, 'direct', None)
# expect-output: ('logging_find_caller_called_directly.py', 52, 'outer')
# expect-output: Stack (most recent call last):
# expect-output:   File "logging_find_caller_called_directly.py", line 55, in <module>
# expect-output:     found = outer()
# expect-output:   File "logging_find_caller_called_directly.py", line 52, in outer
# expect-output:     return deep()
# expect-output: emit:67:plain
# expect-output: emit:68:with stack
# expect-output: Stack (most recent call last):
# expect-output:   File "logging_find_caller_called_directly.py", line 72, in <module>
# expect-output:     emit()
# expect-output:   File "logging_find_caller_called_directly.py", line 68, in emit
# expect-output:     log.warning("with stack", stack_info=True)
# expect-output: <module>:72:one up
import io
import logging
import re


def show(value):
    # The file name only: the directory depends on where the tree is.
    print(re.sub(r'[^\s"\']*/', "", str(value)))


def call(f):
    return f()


show(call(lambda: logging.getLogger("x").findCaller()))


def direct():
    return logging.getLogger("x").findCaller()


show(direct())


def deep():
    return logging.getLogger("x").findCaller(stack_info=True, stacklevel=2)


def outer():
    return deep()


found = outer()
show(found[:3])
show(found[3])
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(message)s"))
log = logging.getLogger("y")
log.addHandler(handler)
log.propagate = False


def emit():
    log.warning("plain")
    log.warning("with stack", stack_info=True)
    log.warning("one up", stacklevel=2)


emit()
show(stream.getvalue().rstrip("\n"))
