# sys.exit raises SystemExit, which a script can catch.
import sys

for arg in [(), (0,), (2,), ("message",), (None,), ((1, 2),), ([3],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    sys.exit(code=1)
except TypeError as e:
    print("TypeError", e)
try:
    try:
        sys.exit(4)
    finally:
        print("finally runs")
except SystemExit as e:
    print("code", e.code, isinstance(e, BaseException), isinstance(e, Exception))
