# A plugin forgets one abstract method; instantiating it fails.
import abc


class Exporter(abc.ABC):
    @abc.abstractmethod
    def header(self):
        ...

    @abc.abstractmethod
    def row(self, values):
        ...

    def export(self, rows):
        return "\n".join([self.header()] + [self.row(r) for r in rows])


class CSV(Exporter):
    def header(self):
        return "a,b"

    def row(self, values):
        return ",".join(map(str, values))


class Markdown(Exporter):
    def header(self):
        return "| a | b |"


print(CSV().export([(1, 2), (3, 4)]))
print(Markdown().export([(1, 2)]))
