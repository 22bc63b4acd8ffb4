from abc import ABC, abstractmethod


class Plugin(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @abstractmethod
    def run(self, data): ...

    def describe(self):
        return f"plugin {self.name}"


class Upper(Plugin):
    name = "upper"

    def run(self, data):
        return data.upper()


class Lower(Plugin):
    def run(self, data):
        return data.lower()


print(Upper().describe(), Upper().run("abc"))
print(Lower().run("ABC"))
