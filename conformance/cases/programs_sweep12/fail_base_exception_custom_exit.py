class Abort(BaseException):
    """Stop processing immediately, bypassing ordinary except Exception handlers."""


def process(items):
    for item in items:
        try:
            if item == "bad":
                raise ValueError("bad item")
            if item == "abort":
                raise Abort(f"aborted at {item!r}")
            print("processed", item)
        except Exception as e:
            print("skipping:", e)


process(["a", "bad", "b"])
process(["c", "abort", "d"])
