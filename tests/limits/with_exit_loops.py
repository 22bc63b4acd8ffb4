# A context manager whose __exit__ loops forever: it is not called after
# the limit fires.
# args: --max-instructions 1000000
# limit: instructions
class Spin:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("__exit__ ran")
        while True:
            pass

with Spin():
    while True:
        pass
