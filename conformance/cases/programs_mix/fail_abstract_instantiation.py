from abc import ABC, abstractmethod


class Exporter(ABC):
    def export(self, rows):
        return "\n".join(self.format_row(r) for r in rows)

    @abstractmethod
    def format_row(self, row):
        pass

    @abstractmethod
    def extension(self):
        pass


class CSVExporter(Exporter):
    def format_row(self, row):
        return ",".join(map(str, row))

    def extension(self):
        return "csv"


class TSVExporter(Exporter):
    def format_row(self, row):
        return "\t".join(map(str, row))


rows = [(1, "a"), (2, "b")]
for cls in (CSVExporter, TSVExporter):
    exp = cls()
    print(exp.extension(), repr(exp.export(rows)))
