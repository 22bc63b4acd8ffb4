class Manager:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, exc_tb):
        if exc_tb is not None:
            print("exit", exc_type.__name__, exc_tb is exc.__traceback__, exc_tb.tb_lineno)
        else:
            print("exit clean", exc_type, exc, exc_tb)
        return self.swallow


with Manager(True):
    raise ValueError("swallowed")
with Manager(False):
    pass
try:
    with Manager(False):
        x = 1
        {}["missing"]
except KeyError as e:
    print("propagated", e.__traceback__.tb_lineno)
