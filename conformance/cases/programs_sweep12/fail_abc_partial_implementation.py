from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def get(self, key): ...

    @abstractmethod
    def put(self, key, value): ...

    @abstractmethod
    def delete(self, key): ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value

    def delete(self, key):
        del self.data[key]


class ReadOnlyStorage(Storage):
    def __init__(self, data):
        self.data = dict(data)

    def get(self, key):
        return self.data[key]


m = MemoryStorage()
m.put("a", 1)
print(m.get("a"), m.get_or("b", "default"))
ro = ReadOnlyStorage({"x": 1})
