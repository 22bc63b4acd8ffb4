# An uncaught exception whose __context__ chain is 20,000 exceptions long
# (an exception raised while handling the previous one, in a loop). Setting
# each context walks the chain, so a chain 100,000 long runs into the
# instruction limit instead (tests/limits/cpu_exception_context_chain.py).
# The traceback printer walks the chain without recursing in C++.
# expect: ValueError: 19999
exc = ValueError("first")
for i in range(20000):
    try:
        try:
            raise exc
        except ValueError:
            raise ValueError(i)
    except ValueError as new:
        exc = new
raise exc
