class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("start", self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("stop", self.label, "error:", exc_type.__name__ if exc_type else None)
        if exc_type is ValueError:
            raise RuntimeError(f"{self.label} aborted") from exc


with Timer("fast"):
    print("work")
with Timer("slow"):
    int("not a number")
