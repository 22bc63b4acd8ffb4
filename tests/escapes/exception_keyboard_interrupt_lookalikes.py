# An uncaught KeyboardInterrupt makes `moat run` end by SIGINT, as CPython
# does. A script must not reach that exit with anything else: a class of its
# own named KeyboardInterrupt (the command once matched the name), a
# subclass, one raised as the __cause__ of another, or inside __del__. All
# end as ordinary uncaught exceptions (status 1), as in CPython.
Builtin = KeyboardInterrupt


class KeyboardInterrupt(Exception):
    pass


class Sub(Builtin):
    pass


class Finalized:
    def __del__(self):
        raise Builtin("from __del__")


Finalized()
try:
    raise Builtin("cause")
except BaseException as cause:
    try:
        raise Sub("subclass") from cause
    except BaseException as e:
        print(type(e).__name__, type(e.__cause__).__name__)
raise KeyboardInterrupt("own class")
# expect-output: Sub KeyboardInterrupt
# expect: KeyboardInterrupt: own class
