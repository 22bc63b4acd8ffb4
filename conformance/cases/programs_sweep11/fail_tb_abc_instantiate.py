from abc import ABC, abstractmethod


class Repo(ABC):
    @abstractmethod
    def get(self, key): ...

    @abstractmethod
    def put(self, key, value): ...


class MemRepo(Repo):
    def __init__(self):
        self.d = {}

    def get(self, key):
        return self.d[key]


r = MemRepo()
