class NotFound(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f"no entry for {self.key!r}"


def find(db, key):
    try:
        return db[key]
    except KeyError:
        raise NotFound(key) from None


db = {"x": 1}
print(find(db, "x"))
print(find(db, "y"))
