# A context manager whose __exit__ returns True, which would suppress any
# ordinary exception, around a busy loop, inside a loop.
# args: --max-instructions 1000000
# limit: instructions
class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("suppressed")
        return True

while True:
    with Suppress():
        while True:
            pass
