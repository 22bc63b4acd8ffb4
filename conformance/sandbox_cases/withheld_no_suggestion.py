# moat policy: a name a module withholds is refused, and the refusal comes
# without CPython's "Did you mean" (time_ns is close to timezone in spelling
# only).
import time

print(time.time_ns.__name__)
time.timezone
