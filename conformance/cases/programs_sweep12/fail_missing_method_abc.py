from abc import ABC, abstractmethod


class Exporter(ABC):
    @abstractmethod
    def header(self): ...

    @abstractmethod
    def row(self, values): ...

    def export(self, rows):
        return "\n".join([self.header(), *(self.row(r) for r in rows)])


class CsvExporter(Exporter):
    def header(self):
        return "a,b"

    def row(self, values):
        return ",".join(map(str, values))


class HtmlExporter(Exporter):
    def header(self):
        return "<tr><th>a</th><th>b</th></tr>"

    def rows(self, values):
        return "<tr>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"


print(CsvExporter().export([(1, 2), (3, 4)]))
print(HtmlExporter().export([(1, 2)]))
