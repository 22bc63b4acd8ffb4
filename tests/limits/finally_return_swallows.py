# `return` in a `finally:` block swallows any ordinary exception; it must
# not swallow the limit error (the block never runs).
# args: --max-instructions 1000000
# limit: instructions
def spin():
    try:
        while True:
            pass
    finally:
        return "swallowed"

while True:
    print(spin())
