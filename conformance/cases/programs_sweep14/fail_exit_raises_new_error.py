# A context manager's __exit__ raises while an error is in flight: the new
# error's traceback shows the original as its context.
class Session:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        self.open = True
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        self.open = False
        if et is not None:
            raise RuntimeError(f"{self.name}: cleanup failed after {et.__name__}")
        print("closed", self.name)


with Session("first") as s:
    print("working in", s.name)
with Session("second") as s:
    data = {"rows": [1, 2, 3]}
    print(data["columns"])
