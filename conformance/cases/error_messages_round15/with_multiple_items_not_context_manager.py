class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


with (Resource() as a,
      Resource() as b,
      5 as c):
    pass
